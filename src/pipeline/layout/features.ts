// Unit text → the measurements the layout reader decides with. Pure, context-free: what a
// block says about itself (its neighbours are the classifier's business).
//   - stopword density: the share of French function words; prose is full of them
//     (« le », « de », « qui », « est »), menus, tags and button rows are not;
//   - chrome density: the share of words of navigation, sharing, subscription and accounts
//     («partager», «abonnez», «newsletter», «connexion»): plain text has no links, and these
//     words are what a link-heavy block is made of;
//   - punctuation and shape: a sentence ends with . ! ? … or a closing quote; a list item
//     starts with a marker; a table row has cells.
import stopwordLists from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { splitSentences } from '../segment.ts';
import { memoizeText } from '../../lib/memo.ts';

export const STOPWORDS: ReadonlySet<string> = new Set((stopwordLists as Record<string, string[]>).fr);

/** Words that page furniture is made of. A prose paragraph may hold one; a menu is mostly them. */
export const CHROME_WORDS: ReadonlySet<string> = new Set(
  `partager partagez partage partages tweeter tweet retweeter facebook twitter linkedin whatsapp instagram youtube tiktok
  telegram messenger mastodon bluesky threads pinterest flipboard snapchat reddit email e-mail mail courriel imprimer
  copier lien liens abonnez abonner abonné abonnée abonnés abonnement abonnements inscrivez inscrire inscription
  newsletter newsletters connectez connecter connexion identifiez compte commentaire commentaires commenter réagir
  répondre signaler suivez suivre rejoignez télécharger téléchargez application appli publicité sponsorisé sponsorisés
  cookies cookie consentement paramétrer accueil menu rubrique rubriques articles lire voir précédent suivant retour
  vidéo vidéos podcast podcasts offre offres offrir essai gratuit gratuitement premium recevez recevoir désinscrire
  désinscription désabonner notifications alertes favoris sélections aimer republier envoyer réactions afficher
  traduction cliquez découvrir écouter sauvegarder enregistrer tags mots-clés thèmes catégories accepte accepter refuse
  refuser choix gérer paramètres préférences personnaliser continuer fermer`.split(/\s+/),
);

export interface Features {
  chars: number;
  words: number;
  /** share of words that are French function words */
  stopwordDensity: number;
  /** share of words that are words of page furniture */
  chromeDensity: number;
  /** ends like a sentence: . ! ? … (a closing quote or bracket may follow) */
  terminal: boolean;
  /** ends with a colon: it introduces what follows (a list, a quote) */
  introduces: boolean;
  startsUpper: boolean;
  sentences: number;
}

const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;

/** A text's measurements (remembered for the text being read: see src/lib/memo.ts). */
export function measure(text: string): Features {
  return measured(text);
}

const measured = memoizeText(measureText);

function measureText(text: string): Features {
  const words = text.toLowerCase().match(WORD) ?? [];
  let stop = 0;
  let chrome = 0;
  // « l’Europe », « qu’il »: the elided article is a function word (counted as a word of its
  // own), the rest is the word
  let elided = 0;
  for (const raw of words) {
    let word = raw;
    if (raw.includes("'") || raw.includes('’')) {
      const elision = ELISION.exec(raw);
      if (elision) {
        elided++;
        word = elision[2]!;
      }
    }
    if (STOPWORDS.has(word)) stop++;
    if (CHROME_WORDS.has(word)) chrome++;
  }
  stop += elided;
  const count = words.length + elided;
  // the number of sentences is read only where it is asked for (few blocks): splitting every
  // block measured into sentences was a tenth of reading a text
  let sentences: number | undefined;
  return {
    chars: text.length,
    words: words.length,
    stopwordDensity: count ? stop / count : 0,
    chromeDensity: words.length ? chrome / words.length : 0,
    // an emoji after the final mark ("… dans vos achats ? 👇") does not unmake the sentence
    // what may follow the final stop: closing quotes, emoji, and a thread's post counter ("… Cloud Act. 2/5")
    terminal: /[.!?…](?:\s*[»"”)\]’'])*(?:\s*[\p{Extended_Pictographic}\u200D\uFE0F])*(?:\s+\d{1,3}\s?\/\s?\d{1,3})?$/u.test(text) || /[»”]$/u.test(text),
    introduces: /:$/u.test(text),
    startsUpper: /^[\p{Lu}\p{N}«“"(]/u.test(text),
    get sentences() {
      return (sentences ??= splitSentences(text).length || 1);
    },
  };
}

const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](.+)$/u;

/** A list item: its marker, whether it counts (1. 1) a) (2), a note's [3]), and the item's text. */
export interface ListMarker {
  marker: string;
  ordered: boolean;
  /** the item's number or letter, for ordered lists */
  ordinal?: string;
  text: string;
}

const BULLET = /^([•·▪◦●■□‣⁃*]|[-–—])\s+(.*)$/u;
const ORDINAL = /^(?:(\d{1,2})[.)]|\((\d{1,2})\)|\[(\d{1,2})\]|([a-z])[.)]|\(([a-z])\))\s+(.*)$/u;

export function listMarker(text: string): ListMarker | undefined {
  const bullet = BULLET.exec(text);
  if (bullet && bullet[2]!.trim()) return { marker: bullet[1]!, ordered: false, text: bullet[2]!.trim() };
  const ordinal = ORDINAL.exec(text);
  if (ordinal && ordinal[6]!.trim()) {
    const value = ordinal[1] ?? ordinal[2] ?? ordinal[3] ?? ordinal[4] ?? ordinal[5]!;
    const marker = text.slice(0, text.length - ordinal[6]!.length).trim().replace(value, /\d/.test(value) ? '1' : 'a');
    return { marker, ordered: true, ordinal: value, text: ordinal[6]!.trim() };
  }
  return undefined;
}

/** A row of a pasted table: cells separated by tabs, or by " | " (a Markdown-like table). */
export function tableCells(raw: string): string[] | undefined {
  if (raw.includes('\t')) {
    const cells = raw.split('\t').map((c) => c.trim());
    return cells.filter(Boolean).length >= 2 ? cells : undefined;
  }
  if (/\s\|\s|^\|.*\|$/.test(raw.trim())) {
    const cells = raw.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
    return cells.length >= 2 ? cells : undefined;
  }
  return undefined;
}

/** `|---|:---:|` or `-----+-----`: the rule under a table's header row, no cell of its own. */
export function isTableRule(raw: string): boolean {
  return /^\|?\s*:?-{2,}:?\s*(?:[|+]\s*:?-{2,}:?\s*)+\|?$/.test(raw.trim());
}

/** "Thierry Breton", "Jean-Marc de La Tour", "Anne-Sophie LE GALL", "J. Dupont". */
// (a word in capitals first: read as a name's start, "DUPONT" would stop after its "D")
const NAME_WORD = String.raw`(?:\p{Lu}{2,}(?:[-’']\p{Lu}{2,})*(?!\p{Ll})|\p{Lu}\p{Ll}*(?:[’'-]\p{Lu}?\p{Ll}+)*\.?)`;
const PARTICLE = String.raw`(?:de|du|des|la|le|van|von|der|da|di|del|dos|ben|ibn|el|al|d[’'])`;
export const PERSON_NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${PARTICLE}\s*)?${NAME_WORD}){1,3}$`, 'u');

/** Shaped like a person's name: two to four capitalised words (particles allowed), nothing else. */
export function isPersonName(text: string): boolean {
  return personName(text);
}

const personName = memoizeText(isPersonNameText);

function isPersonNameText(text: string): boolean {
  if (text.length > 48 || !PERSON_NAME.test(text)) return false;
  // "Cloud Act", "Union Européenne": names of things share the shape; a person's name has no
  // function word or furniture word, and is not an acronym alone
  // a name has a word in lower-case letters: "COMMUNIQUÉ DE PRESSE" is a label (but "Jean DUPONT" a name)
  if (!/\p{Ll}/u.test(text)) return false;
  const words = text.toLowerCase().split(/\s+/);
  // a full name starts with a given name, not an article ("Le Direct", "La Rédaction")
  // (the whole word: "Laurent", "Delphine", "Derek" start with those letters)
  if (/^(?:le|la|les|de|du|des)$|^[ld]['’]/u.test(words[0]!)) return false;
  return !words.some((w) => (STOPWORDS.has(w) && !/^(?:de|du|des|la|le|d’|d')$/.test(w)) || CHROME_WORDS.has(w));
}
