// ParsedArticle → CleanArticle: separate the article from the page chrome around it and
// from the reader comments. Every removed line is reported (kind, line, text) so nothing
// disappears silently; a reader comment is reported by its size only, because the
// commenters' pseudonyms and words are personal data.
import type { BodyLine, DroppedBlock, ParsedArticle } from './parse.ts';
import type { TextBlock } from './segment.ts';

export interface CleanArticle extends Omit<ParsedArticle, 'body'> {
  blocks: TextBlock[];
}

interface ChromeRule {
  kind: string;
  /** tested against the trimmed line, apostrophes made straight */
  pattern: RegExp;
  /** chrome longer than this is article text that happens to match */
  maxLength?: number;
  /** everything after this line is the comment section */
  opensComments?: boolean;
  /** the outlet's name, when the chrome names it */
  outlet?: RegExp;
  /** page furniture that also stands among the reader comments (promos, forms); any other
   *  line there is a comment, whatever it looks like, and is never reported word for word */
  alsoInComments?: boolean;
}

/** The chrome we know, by pattern. Order does not matter: the first rule that matches names the kind. */
export const CHROME_RULES: ChromeRule[] = [
  { kind: 'newsletter', pattern: /^(?:abonnez-vous|inscrivez-vous)\b.*\b(?:newsletter|lettre d'information)/i, maxLength: 120, alsoInComments: true },
  { kind: 'newsletter', pattern: /^recevez (?:un|une|le|la|les|nos|notre|chaque)\b/i, maxLength: 160, alsoInComments: true },
  { kind: 'newsletter', pattern: /^désinscrivez-vous\b|\[email\s*protected\]/i, maxLength: 300, alsoInComments: true },
  { kind: 'social-promo', pattern: /^vous êtes (?:un )?utilisat(?:eur|rice)s? de google actualités/i, maxLength: 160, alsoInComments: true },
  { kind: 'social-promo', pattern: /^suivez-nous\b/i, maxLength: 160, alsoInComments: true },
  { kind: 'social-promo', pattern: /^\P{L}*pour ne (?:rien )?(?:manquer|rater)\b.*\b(?:suivez-nous|abonnez-vous)\b/iu, maxLength: 200, outlet: /actualités? de ([\p{L}\p{N}.]+)/iu, alsoInComments: true },
  { kind: 'social-promo', pattern: /^rejoignez (?:la|notre) communauté(?=\s|$)/i, maxLength: 300, outlet: /^[Rr]ejoignez la communauté (\p{Lu}[\p{L}\p{N}.]+)$/u, alsoInComments: true },
  { kind: 'read-also', pattern: /^(?:à|a) lire (?:aussi|également|en complément)\s*:?$/i },
  // "Lire OVH : on vous emmène…": a link to another article; real sentences end with a full stop
  { kind: 'read-also', pattern: /^(?:lire|voir aussi) (?:aussi\s*:?\s*)?\S.*[^.]$/i, maxLength: 200 },
  { kind: 'source-link', pattern: /^source link$/i },
  { kind: 'comment-form', pattern: /^laisser un commentaire$/i, opensComments: true, alsoInComments: true },
  { kind: 'comment-form', pattern: /^votre adresse (?:e-?mail|de messagerie) ne sera pas publiée/i, opensComments: true, alsoInComments: true },
  { kind: 'comment-header', pattern: /^(?:\d+\s+)?commentaires?\s*(?:\(\d+\))?$/i, opensComments: true, alsoInComments: true },
  { kind: 'empty-summary', pattern: /^aucun résumé disponible$/i },
  { kind: 'image-file', pattern: /^[\w.-]+\.(?:jpe?g|png|gif|webp|avif|svg)$/i },
  { kind: 'photo-credit', pattern: /©|\b(?:crédits? photo|photo\s*:)/i, maxLength: 200 },
  { kind: 'share', pattern: /^(?:partager|partagez|imprimer|tweeter|envoyer par e-?mail)(?: (?:cet|l')article)?(?: sur .*)?$/i, maxLength: 80, alsoInComments: true },
  { kind: 'reading-time', pattern: /^(?:temps de )?lecture\s*:?\s*\d+\s*min(?:utes?)?\.?$/i, alsoInComments: true },
  { kind: 'paywall', pattern: /^(?:article réservé aux abonnés|réservé aux abonnés|cet article est réservé aux abonnés.*|il vous reste \d+% de cet article à lire.*)$/i, maxLength: 200, alsoInComments: true },
  { kind: 'share', pattern: /^(?:réagir|ajouter à vos sélections|offrir cet article|copier le lien)$/i, alsoInComments: true },
  { kind: 'advertising', pattern: /^(?:publicité|annonce|contenu sponsorisé|sponsorisé|advertisement)$/i, alsoInComments: true },
  { kind: 'newsletter', pattern: /^(?:en savoir plus sur le traitement de (?:vos|nos) données|vos données personnelles sont)/i, maxLength: 300, alsoInComments: true },
];

export function clean(article: ParsedArticle): CleanArticle {
  const { body, ...meta } = article;
  const dropped: DroppedBlock[] = [...article.dropped];
  const blocks: TextBlock[] = [];
  let outlet = article.outlet;
  let inComments = false;
  const attributions: string[] = [];
  const drop = (line: BodyLine, kind: string, text = line.text): void => {
    dropped.push({ kind, line: line.line, text });
  };

  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const next = body[i + 1];
    const text = line.text.replace(/[’‘]/g, "'");
    const rule = CHROME_RULES.find(
      (r) => (!inComments || r.alsoInComments) && (r.maxLength === undefined || text.length <= r.maxLength) && r.pattern.test(text),
    );
    if (rule) {
      if (rule.opensComments) inComments = true;
      const named = rule.outlet ? text.match(rule.outlet)?.[1] : undefined;
      if (named && !outlet) outlet = named.replace(/[.]$/, '');
      drop(line, rule.kind);
      continue;
    }
    if (line.shape === 'attribution' && !inComments) {
      if (line.attribution) attributions.push(line.attribution);
      drop(line, 'attribution');
      continue;
    }
    if (inComments) {
      // pseudonym lines and comment paragraphs alike: report their size, never their words
      drop(line, 'reader-comment', `[commentaire de lecteur, ${line.text.length} caractères]`);
      continue;
    }
    // "Bruno Le Maire" above "Bruno Le Maire © Alexandros Michailidis / …": a photo caption
    if (next && /©/.test(next.text) && next.text.startsWith(line.text) && line.text.length <= 120) {
      drop(line, 'photo-caption');
      continue;
    }
    if (article.author && isAuthorBio(line.text, article.author, body[i - 1]?.text)) {
      drop(line, 'author-bio');
      continue;
    }
    blocks.push({ kind: line.shape === 'heading' ? 'heading' : 'paragraph', line: line.line, text: line.text });
  }

  return {
    ...meta,
    ...(outlet ? { outlet } : {}),
    ...(attributions.length ? { attribution: attributions.join(', ') } : {}),
    blocks,
    dropped: dropped.sort((a, b) => a.line - b.line),
  };
}

/**
 * The author box at the end of the page: the author's name alone, "Par <author>", or the
 * short job title under the name ("Journaliste-reporter, responsable de l'actu").
 */
function isAuthorBio(text: string, author: string, previous: string | undefined): boolean {
  const line = text.trim();
  if (line === author) return true;
  if (/^par\s/i.test(line) && line.replace(/^par\s+/i, '').startsWith(author) && line.length <= author.length + 80) return true;
  return previous?.trim() === author && line.length <= 80 && !/[.!?]$/.test(line);
}
