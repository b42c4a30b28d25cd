// The phrases of page chrome: one more piece of evidence for the block classifier
// (./classify.ts), which also weighs length, function words, furniture words and the
// neighbouring blocks. A rule names the kind of chrome it recognises; its `maxLength` keeps it
// off article prose that happens to start the same way.
//
// Every pattern is tested on the unit's text with straight apostrophes, one space for any run
// of white space (NBSP included), case folded.

import type { DroppedKind } from '../../model/generated.ts';
import { memoizeText } from '../../lib/memo.ts';

export type { DroppedKind };

export interface ChromeRule {
  kind: DroppedKind;
  pattern: RegExp;
  /** a longer block is article text that happens to match */
  maxLength?: number;
  /** everything after this block is the comment section */
  opensComments?: boolean;
  /** only among the reader comments (a form's fields: "Nom *", "Site web") */
  onlyInComments?: boolean;
  /** page furniture that also stands among the reader comments (promos, forms); any other
   *  block there is a comment, and is never reported word for word */
  alsoInComments?: boolean;
  /** a heading of chrome: the short lines under it (titles of other articles, tags,
   *  contacts) are of its kind too; `about` takes prose paragraphs as well */
  opensSection?: boolean;
  /** chrome that stands between two paragraphs of the article (a page number, a running
   *  header, an embedded player's notice): it is no neighbour for the classifier */
  interstitial?: boolean;
  /** not read so in the header, where the same words are an item of the site's menu */
  onlyInBody?: boolean;
  /** a table of contents: navigation when its items come back as the page's headings */
  contents?: boolean;
  /** the outlet, when the chrome names it (first capture group) */
  outlet?: RegExp;
  /** the source the text credits (first capture group) */
  attribution?: RegExp;
}

const SOCIAL = String.raw`(?:x|twitter|facebook|linkedin|whatsapp|instagram|youtube|tiktok|telegram|messenger|mastodon|bluesky|threads|pinterest|flipboard|snapchat|reddit|discord|twitch|e-?mail|mail|courriel|google actualités|google news)`;
/** Who a press photo is credited to. */
const PHOTO_AGENCY = String.raw`(?:afp|reuters|ap|getty images|getty|shutterstock|hans lucas|sipa|maxppp|abaca(?:press)?|epa|anadolu|bloomberg|picture alliance|istock|unsplash|divergence|hamilton|leemage|dr)`;
/** Languages by their own names, as a page's language switcher lists them. */
const LANGUAGE = String.raw`(?:english|deutsch|español|espanol|italiano|polski|nederlands|português|portugues|français|francais|čeština|română|magyar|svenska|dansk|suomi|hrvatski|slovenčina|slovenščina|eesti|latviešu|lietuvių|gaeilge|malti|ελληνικά|български|русский|українська|türkçe|العربية|中文|日本語)`;
const AGENCY = String.raw`(?:l'afp|afp|reuters|ap|associated press|bloomberg|belga|ats|dpa|ansa|efe|agences?)`;
/** A name as outlets write theirs: "01net", "Clubic", "Le Monde", "L’Usine Digitale" (outlet
 *  patterns run on the text as written, apostrophes and case included). */
const OUTLET_WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*(?:\.[\p{L}\p{N}]+)*`;
const OUTLET_NAME = String.raw`((?:[Ll]['’]|[Ll]e |[Ll]a |[Ll]es )?${OUTLET_WORD}(?: ?(?:du |de la |de l['’]|des |de |d['’])?${OUTLET_WORD}){0,3})`;
/** The outlet named at the end of a promo line ("…l’actualité tech de L’Écho numérique"): up to the end. */
const OUTLET_AT_END = String.raw`((?:[Ll]['’]|[Ll]e |[Ll]a |[Ll]es )?[\p{Lu}\p{N}][^.,;:!?()|]{0,40}?)(?:\s+(?:pour|afin|dès|sur (?i:${SOCIAL}))\b.*?)?\s*[.!]?$`;
const YEARS = String.raw`\d{4}(?:\s*[-–—]\s*\d{4})?`;
const RESERVED = String.raw`(?:[Tt]ous [Dd]roits [Rr]éservés|TOUS DROITS RÉSERVÉS|[Rr]eproduction (?:interdite|réservée)|[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)`;
/** A holder's name: "Le Monde", "L’Écho national", "Nuages & Frontières"; never the notice's own words. */
const HOLDER = String.raw`((?![Tt]ous droits|[Rr]eproduction|[Dd]roits|[Cc]rédits?\b|[Pp]hotos?\b|[Ii]mages?\b|[Ii]llustrations?\b)(?:[Ll]['’]|[Ll]es? |[Ll]a )?[\p{Lu}\p{N}][^©|–—,]{0,60}?)`;
/**
 * Who a copyright line names, after its mark ("© L’Écho national 2023", "Copyright © 2021
 * Le Monde - Tous droits réservés", "Tous droits réservés, Copyright 2012 - 2022, Le Mag") or
 * before the notice ("Le Journal des marchés - Tous droits réservés"). First group that matched.
 */
const COPYRIGHT_HOLDER = new RegExp(
  String.raw`(?:©|[Cc]opyright|\([Cc]\))\s*(?:©\s*)?(?:${YEARS}\s*[-–—,]?\s*)?${HOLDER}\s*(?:[-–—,.]\s*)?(?:${YEARS}\s*)?(?:[-–—,.]?\s*${RESERVED}.*)?\.?$` +
    String.raw`|^${HOLDER}\s*[-–—,|]\s*(?:${YEARS}\s*[-–—,]?\s*)?${RESERVED}` +
    String.raw`|^${RESERVED}\s*[-–—,|]\s*${HOLDER}\s*\.?$`,
  'u',
);

/** "l’actualité de X", "l’actualité tech de X", "les actualités d’X" */
const NEWS_OF = String.raw`actualités?(?: [\p{L}-]+)? (?:de |d['’])`;

export const CHROME_RULES: ChromeRule[] = [
  // the comment section, and what it opens
  { kind: 'comment-header', pattern: /^(?:\d+\s+)?(?:commentaires?|réactions? des lecteurs)\s*(?:\(\d+\))?\s*:?$/i, opensComments: true, alsoInComments: true },
  // a social post's counts: "12 commentaires · 3 republications", after the reactions' count
  // when the copy lost their icons ("1 245 · 87 commentaires · 56 republications")
  { kind: 'comment-header', pattern: /^(?:\d[\d\s.,]*\s*[·•|]\s*)?\d+\s+commentaires?\s*[·•|,]\s*\d+\s+(?:republications?|partages?|retweets?|reposts?|réactions?)$/i, opensComments: true, alsoInComments: true },
  { kind: 'comment-header', pattern: /^(?:voir|afficher|lire) (?:les|tous les) \d*\s*commentaires?$/i, opensComments: true, alsoInComments: true },
  { kind: 'comment-form', pattern: /^(?:laisser|écrire|ajouter|poster|rédiger|publier|envoyer) (?:un|le|votre) commentaire\b/i, maxLength: 80, opensComments: true, alsoInComments: true },
  { kind: 'comment-form', pattern: /^(?:commentaire|votre commentaire|nom|votre nom|pseudo|pseudonyme|e-?mail|adresse e-?mail|site web|site internet|enregistrer mon nom.*)\s*\*?\s*:?$/i, maxLength: 160, alsoInComments: true, onlyInComments: true },
  { kind: 'comment-form', pattern: /^votre (?:adresse (?:e-?mail|de messagerie|électronique)|e-?mail|commentaire) (?:ne sera pas publiée?|\*|:)/i, maxLength: 200, opensComments: true, alsoInComments: true },
  { kind: 'comment-form', pattern: /^(?:connectez-vous|identifiez-vous|inscrivez-vous) pour (?:commenter|réagir|répondre)/i, maxLength: 120, opensComments: true, alsoInComments: true },
  { kind: 'comment-form', pattern: /^(?:postez|publiez|écrivez|rédigez|ajoutez) (?:votre|une) (?:réponse|commentaire)\b/i, maxLength: 80, alsoInComments: true },
  { kind: 'comment-form', pattern: /^(?:les )?commentaires sont (?:fermés|clos|modérés|désactivés)/i, maxLength: 160, alsoInComments: true },

  // subscription and paywall
  { kind: 'paywall', pattern: /^(?:cet )?article réservé aux abonnés/i, maxLength: 120, alsoInComments: true },
  { kind: 'paywall', pattern: /^(?:réservé aux abonnés|abonnés|contenu premium|article premium|édition abonnés|payant|réservé aux abonnés payants|pour les abonnés payants|paid|members only)$/i, alsoInComments: true },
  { kind: 'paywall', pattern: /^(?:cet article est |article )?(?:en accès libre|en libre accès|offert(?: par la rédaction)?)\.?$/i, alsoInComments: true },
  // an audio or video player's clock: "00:00/03:12", "12:45 / 1:02:03"
  { kind: 'boilerplate', pattern: /^(?:\d{1,2}:)?\d{1,2}:\d{2}\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$/, interstitial: true },
  { kind: 'paywall', pattern: /^votre abonnement vous (?:permet|donne accès)/i, maxLength: 160, alsoInComments: true },
  // an account read on two devices at once: "Vous pouvez lire Le Monde sur un seul appareil à la fois", "Ce message s'affichera sur l'autre appareil"
  // (a notice speaks to the reader or of itself; a sentence of the article that names a device does not)
  { kind: 'paywall', pattern: /^(?=.*(?<!\p{L})(?:vous|votre|ce message|ce compte|cet appareil)(?!\p{L})).*(?<!\p{L})(?:sur un seul appareil|sur l'autre appareil|sur un autre appareil|sur plusieurs appareils|en lecture simultanée)(?!\p{L})/iu, maxLength: 160, alsoInComments: true },
  // a print edition's notice: "Cet article est paru dans Le Monde (édition Europe) daté du 5 mars 2021"
  { kind: 'boilerplate', pattern: /^(?:cet article est paru|article paru|paru|cet article a été publié|article publié) dans (?:l['’]édition|notre édition|le (?:numéro|magazine|supplément))?.{0,80}?(?:\bdaté|\bdu|\ble|\bn°)\b/i, maxLength: 200, outlet: /\bdans ((?:[Ll]['’]|[Ll]e |[Ll]a |[Ll]es )?\p{Lu}[^()\d,.]{1,40}?)(?:\s*\(|\s+daté|\s+du\s|\s+le\s+\d|\s+n°|[.,]|$)/u },
  // a published speech's notice: only the spoken words are authoritative
  { kind: 'boilerplate', pattern: /^(?:\(?seul(?:e)? (?:le prononcé|la version prononcée) fait foi\)?\.?|\(?sous réserve du prononcé\)?\.?|\(?check against delivery\)?)$/i },
  // "Abonnez-vous au Nouvel Éclaireur": a subscription to the outlet, which it names
  { kind: 'social-promo', pattern: /^(?:abonnez-vous|abonnez vous|suivez) (?:à |au |aux )?(?:notre |nos |ce |cette |la |le |l')?(?:podcasts?|chaînes?|émissions?)\b/i, maxLength: 160, alsoInComments: true },
  { kind: 'paywall', pattern: /^abonnez-vous (?:à|au|aux) (?!(?:notre|nos|la|une|un) (?:newsletter|lettre))/i, maxLength: 80, outlet: new RegExp(String.raw`^[Aa]bonnez-vous (?:à |au |aux )${OUTLET_AT_END}`, 'u'), alsoInComments: true },
  { kind: 'paywall', pattern: /^il vous reste \d+(?:[.,]\d+)?\s*% (?:de cet |de l')article à lire/i, maxLength: 200, alsoInComments: true },
  { kind: 'paywall', pattern: /^(?:la suite|la lecture|le reste) (?:de cet article |de l'article )?est réservée? aux (?:abonnés|membres)/i, maxLength: 200, alsoInComments: true },
  { kind: 'paywall', pattern: /^(?:cet article|ce contenu) est réservé aux (?:abonnés|membres)/i, maxLength: 200, alsoInComments: true },
  { kind: 'paywall', pattern: /^déjà abonnée?s?\s*\?/i, maxLength: 120, alsoInComments: true },
  { kind: 'paywall', pattern: /^(?:vous (?:avez envie|voulez|souhaitez) (?:de )?(?:lire|connaître|découvrir) la suite|envie de lire la suite|pour lire la suite|lire la suite de (?:cet|l')article)\b.{0,60}\?$|^débloquez (?:cet article|tous les articles|l'accès|la suite)\b/i, maxLength: 140, alsoInComments: true },
  { kind: 'paywall', pattern: /^(?:s'abonner|je m'abonne|abonnez-vous pour (?:lire|continuer|accéder)|découvrir (?:nos|les) offres|voir les offres)\b/i, maxLength: 140, alsoInComments: true },
  { kind: 'paywall', pattern: /^(?:offre|essai) (?:spéciale?|gratuit|découverte|d'abonnement)\b/i, maxLength: 140, alsoInComments: true },
  { kind: 'paywall', pattern: /\b\d+(?:[,.]\d+)?\s*(?:€|euros?)\s*(?:par|\/)\s*mois\b/i, maxLength: 140, alsoInComments: true },

  // newsletters and an e-mail's own chrome
  { kind: 'newsletter', pattern: /^(?:abonnez-vous|inscrivez-vous)\b.*\b(?:newsletter|lettre d'information|lettre quotidienne)/i, maxLength: 200, alsoInComments: true, outlet: new RegExp(String.raw`(?:newsletter|lettre d['’]information|lettre quotidienne) (?:de |d['’]|du )${OUTLET_AT_END}`, 'u') },
  // "Newsletter La Chronique financière : recevez…": a newsletter named after its outlet
  { kind: 'newsletter', pattern: /^newsletters?\b/i, maxLength: 200, alsoInComments: true, outlet: new RegExp(String.raw`^[Nn]ewsletters? (?:de |du |d['’])?((?:[Ll]['’]|[Ll]e |[Ll]a |[Ll]es )?[\p{Lu}\p{N}][^.,;:!?()|]{0,40}?)\s*[:—–]|${NEWS_OF}${OUTLET_AT_END}`, 'u') },
  { kind: 'newsletter', pattern: /^recevez (?:un|une|le|la|les|nos|notre|chaque|gratuitement|toute?s?)\b/i, maxLength: 200, alsoInComments: true, outlet: new RegExp(`${NEWS_OF}${OUTLET_AT_END}`, 'u') },
  { kind: 'newsletter', pattern: /^(?:désinscrivez-vous|se désinscrire|désinscription|se désabonner|gérer (?:mes|vos) (?:préférences|abonnements))\b|\[email\s*protected\]/i, maxLength: 300, alsoInComments: true },
  { kind: 'newsletter', pattern: /^voir (?:la version|cet e-?mail|ce message|la newsletter) (?:en ligne|dans (?:le|votre) navigateur)/i, maxLength: 120, alsoInComments: true },
  { kind: 'newsletter', pattern: /^vous recevez (?:cet|ce|cette) (?:e-?mail|courriel|message|newsletter|lettre)\b/i, maxLength: 300, alsoInComments: true, outlet: new RegExp(String.raw`(?:abonnée?s?|inscrite?s?) (?:à |au |aux )${OUTLET_AT_END}`, 'u') },
  { kind: 'newsletter', pattern: /^(?:en savoir plus sur le traitement de (?:vos|nos) données|vos données personnelles sont)/i, maxLength: 300, alsoInComments: true },
  { kind: 'newsletter', pattern: /^(?:abonnez-vous|inscrivez-vous)\b/i, maxLength: 120, alsoInComments: true },
  { kind: 'newsletter', pattern: /^(?:votre )?(?:adresse )?e-?mail\s*\*?\s*:?$|^(?:je m'inscris|s'inscrire|valider)$/i, alsoInComments: true },
  { kind: 'newsletter', pattern: /\bdans votre boîte (?:mail|e-?mail|aux lettres|de réception)\b|^(?:chaque|tous les) (?:matin|soir|jour|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b.{0,80}\b(?:newsletter|lettre|e-?mail|boîte)\b/i, maxLength: 200, alsoInComments: true },
  { kind: 'newsletter', pattern: /newsletter (?:de |d['’])/i, maxLength: 160, outlet: new RegExp(String.raw`newsletter (?:de |d['’])${OUTLET_AT_END}`, 'u'), alsoInComments: true },

  // social media and apps
  { kind: 'social-promo', pattern: /^vous êtes (?:un |une )?utilisat(?:eur|rice)s? de google actualités/i, maxLength: 160, alsoInComments: true },
  { kind: 'social-promo', pattern: /^\P{L}*pour ne (?:rien )?(?:manquer|rater)\b.*\b(?:suivez-nous|abonnez-vous|rejoignez-nous)\b/iu, maxLength: 200, outlet: new RegExp(String.raw`${NEWS_OF}${OUTLET_NAME}`, 'u'), alsoInComments: true },
  { kind: 'social-promo', pattern: /^\P{L}*(?:suivez-nous|retrouvez-nous|rejoignez-nous|suivez (?:toute )?l'actualité)\b/iu, maxLength: 200, outlet: new RegExp(String.raw`${NEWS_OF}${OUTLET_NAME}`, 'u'), alsoInComments: true },
  { kind: 'social-promo', pattern: /^\P{L}*suivez \p{Lu}.{1,50}? sur /iu, maxLength: 160, outlet: /^\P{L}*[Ss]uivez ((?:[Ll]['’]|[Ll]es? |[Ll]a )?[\p{Lu}\p{N}][^,;:!?]{0,50}?) sur /u, alsoInComments: true },
  { kind: 'social-promo', pattern: /^rejoignez (?:la|notre) communauté(?=\s|$)/i, maxLength: 300, outlet: new RegExp(String.raw`^[Rr]ejoignez la communauté ${OUTLET_AT_END}`, 'u'), alsoInComments: true },
  { kind: 'social-promo', pattern: /^(?:cet article vous a (?:été utile|plu|intéressée?)|vous avez (?:aimé|apprécié) (?:cet article|ce contenu|cette lecture))\b/i, maxLength: 400, outlet: new RegExp(String.raw`(?:suivre|[Ss]uivez) ${OUTLET_NAME}`, 'u'), alsoInComments: true },
  // a call to subscribe in the page's own voice: "Merci de lire Le Cloud Hebdo ! Abonnez-vous gratuitement pour recevoir les prochains numéros."
  // (not a sentence that quotes one: « Abonnez-vous… », proposait la publicité)
  { kind: 'newsletter', pattern: /^(?!.*[«“"]).*(?<!\p{L})(?:abonnez-vous|inscrivez-vous|subscribe)(?!\p{L})/iu, maxLength: 200, outlet: /^[Mm]erci (?:de lire|d['’]avoir lu|de votre lecture de|de suivre) ((?:[Ll]['’]|[Ll]es? |[Ll]a )?[\p{Lu}\p{N}][^!.?]{0,40}?)\s*[!.]/u, alsoInComments: true },
  { kind: 'social-promo', pattern: /^(?:téléchargez|installez) (?:notre |l')?(?:appli(?:cation)?|app)\b/i, maxLength: 160, alsoInComments: true },

  // sharing and reactions
  { kind: 'share', pattern: new RegExp(String.raw`^(?:partager|partagez|partage|imprimer|tweeter|envoyer par e-?mail|envoyer)(?: (?:cet |l')article| la page| ce contenu)?(?: (?:sur|par|via) ${SOCIAL})?\s*:?$`, 'i'), alsoInComments: true },
  { kind: 'share', pattern: new RegExp(String.raw`^${SOCIAL}$`, 'i'), alsoInComments: true },
  // "Partager sur LinkedInPartager sur XCopier le lien": buttons copied as one run of words
  { kind: 'share', pattern: /^(?:(?:partager|partagez|tweeter|imprimer|envoyer|copier le lien|commenter|réagir)(?: sur \p{L}+?)?[\s·•|,/-]*){2,}$/iu, maxLength: 120, alsoInComments: true },
  { kind: 'share', pattern: new RegExp(String.raw`^(?:partager|partagez)(?: (?:cet |l')article| cette (?:publication|page|actualité|vidéo)| la page| ce contenu)?\s*:?\s*(?:(?:sur |l'article sur )?(?:les réseaux sociaux|${SOCIAL}))?(?:\s*[·•|,/-]\s*${SOCIAL})*$`, 'iu'), maxLength: 120, alsoInComments: true },
  { kind: 'share', pattern: /^(?:réagir|commenter|copier le lien|lien copié|offrir (?:cet |l')article|offrir|j'aime|aimer|republier|retweeter|booster|favori|mettre en favori|restack|suivre|s'abonner à l'auteur)$/i, alsoInComments: true },
  // a platform's buttons in English: "Follow", "Listen", "Share", "Clap"
  { kind: 'share', pattern: /^(?:follow|following|listen|share|clap|claps|like|comment|reply|repost|bookmark|save)$/i, alsoInComments: true },
  // a post's buttons; among reader comments they are the comments' own
  { kind: 'share', pattern: /^(?:répondre|citer|signaler)$/i },
  // a page's call for corrections: "Vous avez trouvé une erreur ? Merci de nous la signaler.", "Signaler une erreur"
  { kind: 'boilerplate', pattern: /^(?:vous avez (?:trouvé|repéré|remarqué|constaté) une (?:erreur|faute|coquille)|signaler une (?:erreur|faute|coquille))\b/i, maxLength: 160 },
  // a row of buttons; among reader comments, a comment's own ("J’aime · Répondre")
  // the post's own action bar, even under its comment count: it acts on the post ("Commenter",
  // "Republier"), where a comment's own bar only answers it ("J’aime · Répondre")
  { kind: 'share', pattern: new RegExp(String.raw`^(?=.*\b(?:commenter|republier|partager|envoyer)\b)(?!.*\brépondre\b)(?:(?:${SOCIAL}|j'aime|commenter|republier|partager|envoyer|citer|copier le lien)[\s·•|,/-]*){2,}$`, 'i'), maxLength: 120, alsoInComments: true },
  { kind: 'share', pattern: new RegExp(String.raw`^(?:(?:${SOCIAL}|j'aime|commenter|republier|partager|envoyer|répondre|citer|copier le lien)[\s·•|,/-]*){2,}$`, 'i'), maxLength: 120 },
  { kind: 'share', pattern: /^\d[\d\s.,]*\s*(?:k|m)?\s*(?:réactions?|partages?|j'aime|likes?|retweets?|reposts?|republications?|vues|citations?|signets?|favoris|commentaires?|réponses?|boosts?)\b(?:\s*[·•|,-]?\s*\d[\d\s.,]*\s*(?:k|m)?\s*[\p{L}']+)+$/iu, maxLength: 120, alsoInComments: true },
  { kind: 'share', pattern: /^\d[\d\s.,]*\s*(?:k|m)?\s*(?:réactions?|partages?|j'aime|likes?|retweets?|reposts?|republications?|vues|citations?|signets?|favoris|boosts?|réponses?)$/iu, alsoInComments: true },

  // navigation and site controls
  { kind: 'navigation', pattern: /^(?:(?:voir|afficher|lire|découvrir|retrouver) )?(?:tous|toutes) (?:les|nos) (?:articles|contenus|dossiers|sujets|podcasts|épisodes|guides|actualités|actus|vidéos|newsletters|chroniques|tribunes|analyses|enquêtes|communiqués|publications|notes|études|rapports|billets)\b/i, maxLength: 80, alsoInComments: true },
  { kind: 'navigation', pattern: /^(?:retour (?:à|a|au|aux|vers) .{1,40}|retour en haut|haut de page|retour)$/i, alsoInComments: true },
  { kind: 'navigation', pattern: /^(?:article|page|épisode|sujet) (?:précédent|suivant)e?$|^(?:précédent|suivant|page suivante|page précédente)$/i, alsoInComments: true },
  { kind: 'navigation', pattern: /^(?:écouter|lire) (?:cet |l')article\b|^(?:écouter|regarder|voir|télécharger) (?:l'|cet |ce |le |la )?(?:épisode|émission|podcast|vidéo|replay)\b|^écouter(?: \(\d+ min\))?$/i, maxLength: 60, alsoInComments: true },
  { kind: 'navigation', pattern: /^(?:menu|rechercher|recherche|fermer|voir plus|voir tout|tout voir|afficher plus|lire la suite|la suite|plus d'infos?|voir la vidéo|voir les photos|agrandir|zoom|actualiser|rafraîchir|recharger|lire plus tard|ajouter à (?:vos|mes) (?:sélections|favoris|articles|lectures|listes)|sauvegarder|enregistrer|plan du site|mentions légales|données personnelles|gestion des cookies|gérer (?:mes|les) cookies|(?:paramètres|préférences) (?:des |de )?cookies|accessibilité(?:\s*:.{0,40})?|nous contacter|contactez-nous|aide|faq|conditions (?:générales )?d'(?:utilisation|usage)|conditions générales(?: de vente)?|cgu|cgv|vie privée|confidentialité|politique de (?:confidentialité|protection des données(?: personnelles)?|cookies)|(?:se|me) connecter|connexion|s'identifier|(?:se|me) déconnecter|déconnexion|mon compte|mon espace|créer (?:un|mon) compte)$/i, alsoInComments: true },
  // a language switcher: the languages the page is also in, each by its own name ("Langues : English | Deutsch")
  { kind: 'navigation', pattern: new RegExp(String.raw`^(?:(?:langues?|lire (?:cet article )?en|(?:aussi )?disponible en|autres langues|versions?|traductions?|also available in)\s*:\s*${LANGUAGE}(?:\s*[|,·•/]\s*${LANGUAGE})*|${LANGUAGE}(?:\s*[|,·•/]\s*${LANGUAGE})+)$`, 'iu'), alsoInComments: true },
  { kind: 'navigation', pattern: /^(?:aller|passer|accéder) (?:au|à la) (?:contenu|navigation|recherche|menu)(?: principale?)?$/i, alsoInComments: true },
  { kind: 'navigation', pattern: /^(?:au sommaire|sommaire|dans ce numéro|au programme(?: de ce numéro)?|cette semaine dans la lettre)\s*:?$/i, opensSection: true, contents: true },
  { kind: 'navigation', pattern: /^(?:voir|afficher|charger|lire) (?:plus de|d'autres|les autres|tous les) (?:commentaires|réponses|réactions)$/i, alsoInComments: true },
  { kind: 'navigation', pattern: /^\P{L}*(?:commentaires?|articles?|messages?|billets?|réponses?) (?:plus anciens|plus anciennes|plus récents|plus récentes|précédents|précédentes|suivants|suivantes)\P{L}*$/iu, alsoInComments: true },
  { kind: 'navigation', pattern: /^(?:afficher|voir) la traduction$|^traduire (?:le|ce) (?:post|message|tweet)$/i, alsoInComments: true },
  // a thread's links, in French or English: "Afficher cette discussion", "Show this thread", "Replying to @cloudwatcher"
  { kind: 'navigation', pattern: /^(?:afficher cette discussion|voir la discussion|afficher la suite du fil|show this thread|show more replies|show replies|see translation|translate post|show translation)$|^(?:replying to|en réponse à)\s+@[\w.-]+(?:(?:\s*,\s*|\s+(?:and|et)\s+)@[\w.-]+)*$/i, alsoInComments: true },
  { kind: 'navigation', pattern: /^(?:documents?|fichiers?|ressources?|pièces? jointes?) (?:à|a) télécharger\s*:?$|^télécharger\s*:?$/i, opensSection: true },
  // a link to a document: "Synthèse du rapport (PDF - 412 Ko)"
  { kind: 'navigation', pattern: /\((?:pdf|docx?|odt|xlsx?|pptx?|zip|csv)\b[^)]{0,30}\d[^)]{0,12}(?:ko|mo|kb|mb|go)\)$/i, maxLength: 200 },
  { kind: 'navigation', pattern: /^(?:https?:\/\/|www\.)\S+$/i },

  // links to other articles
  { kind: 'read-also', pattern: /^(?:(?:à|a) )?(?:lire|voir|écouter|découvrir) (?:aussi|également|en complément|absolument)\s*[:|]?$/i, opensSection: true },
  { kind: 'read-also', pattern: /^(?:à |a )?(?:lire|voir) (?:aussi|également|en complément)\s*[:|>»-]?\s*\S.*$/i, maxLength: 250 },
  // "Lire OVH : on vous emmène…": a link to another article; a real sentence ends with a full stop
  { kind: 'read-also', pattern: /^(?:lire|voir aussi) \S.*[^.]$/i, maxLength: 200 },
  // an encyclopaedia's pointers to other pages ("Article détaillé : Cloud souverain.") and its
  // sections of links and references, whose short lines are of their kind
  { kind: 'read-also', pattern: /^(?:articles? (?:détaillés?|connexes?|principal|principaux)|pages? (?:liées|connexes))\s*:\s*\S/i, maxLength: 200 },
  { kind: 'read-also', pattern: /^(?:articles connexes|liens externes|pages liées)\s*:?$/i, opensSection: true },
  { kind: 'source-link', pattern: /^(?:notes et références|références|bibliographie)\s*:?$/i, opensSection: true },
  { kind: 'read-also', pattern: /^(?:sur le même (?:sujet|thème)|dans la même rubrique|nos derniers articles|derniers articles|articles? similaires?|articles? liés|les plus lus|les articles les plus lus|les plus partagés|vous aimerez aussi|vous aimerez peut-être|à découvrir|ces articles peuvent vous intéresser|sélectionnés pour vous|recommandés pour vous|notre sélection|en lien avec cet article|pour aller plus loin|lire plus|plus d'articles|l'actu à ne pas manquer|à la une|les dernières actualités|dernières actualités|dernières infos|pour en savoir plus|en savoir plus|liens utiles|voir aussi|(?:pour )?approfondir(?: sur .{1,60})?|à lire sur le même sujet)\s*:?$/i, opensSection: true },

  // tags
  { kind: 'tags', pattern: /^(?:sujets? associés?|mots-clés|mots clés|thèmes? associés?|thèmes?|tags?|étiquettes?|catégories?|sujets?|classé dans|publié dans)\s*:?$/i, opensSection: true },
  { kind: 'tags', pattern: /^(?:sujets? associés?|mots-clés|mots clés|thèmes?|tags?|étiquettes?|catégories?|classé dans|publié dans)\s*:\s*\S.*$/i, maxLength: 240 },
  { kind: 'tags', pattern: /^(?:#[\p{L}\p{N}_]+\s*){2,}$/iu },

  // the agency's sign-off and credits
  { kind: 'attribution', pattern: new RegExp(String.raw`^\(?(?:avec|with|source\s*:)\s*${AGENCY}(?:\s*(?:et|,)\s*${AGENCY})*\)?\.?$`, 'i'), attribution: new RegExp(String.raw`^\(?(?:avec|with|source\s*:)\s*(${AGENCY}(?:\s*(?:et|,)\s*${AGENCY})*)\)?\.?$`, 'i') },
  { kind: 'agency-tail', pattern: /^[a-z]{2,4}(?:[-/][a-z]{2,4})+(?:\s*[/-]\s*[a-z]{2,4})*$/ },
  // a comment of a document editor's export, under the text, after the letter that anchors it in the text
  { kind: 'boilerplate', pattern: /^\[[a-z]{1,2}\](?=\S)/u, maxLength: 600 },
  // who translated or adapted the text, on a line of its own: "Traduit de l'anglais par Pauline Roux", "Traduction : Jean Dupont"
  { kind: 'agency-tail', pattern: /^(?:(?:traduit|adapté|traduction|adaptation)(?:\s+(?:de|du|depuis)\s+(?:l['’]\s*)?[\p{L}-]+)?(?:\s+(?:et\s+)?(?:adapté|traduit))?\s*(?:par|:)|translated(?:\s+from\s+\p{L}+)?\s+by)\s+\p{L}.{0,80}$/iu, maxLength: 140 },
  // the desk's credits after the text, in brackets: "(Rédigé par X, édité par Y)", "[Édité par Anne-Sophie Gayet]"
  { kind: 'agency-tail', pattern: /^(?:\((?:reportage|rédigé|édité|écrit|avec|version française|rédaction|par|traduit|traduction|adapté|relu|révisé)(?!\p{L}).*\)|\[(?:reportage|rédigé|édité|écrit|version française|rédaction|par|traduit|traduction|adapté|relu|révisé)(?!\p{L})[^\]]*\])$/iu, maxLength: 300 },

  // press releases
  { kind: 'about', pattern: /^(?:à|a) propos d(?:e |e l'|'|u |es )\S.{0,60}$/i, opensSection: true },
  // "À propos" alone: in a page's header, an item of the site's menu; in the body, the heading of its sender's boilerplate
  { kind: 'about', pattern: /^(?:à|a) propos\s*:?$/i, opensSection: true, onlyInBody: true },
  { kind: 'press-contact', pattern: /^contacts? (?:presse|médias?|pour la presse|journalistes?|relations? presse)\b.{0,40}$|^(?:relations? presse|service de presse)\s*:?$/i, opensSection: true },
  { kind: 'press-contact', pattern: /^demandes? du public\b/i, maxLength: 260 },

  // copyright and legal (before the photo credits: "© 2021 Le Quotidien" is no photo's)
  { kind: 'copyright', pattern: /tous droits réservés|reproduction (?:interdite|réservée)|all rights reserved/i, maxLength: 200, outlet: COPYRIGHT_HOLDER, alsoInComments: true },
  { kind: 'copyright', pattern: /^(?:copyright\b|\(c\)\s|©\s*\d{4}\b|©.{1,60}\s\d{4}\.?$)/i, maxLength: 120, outlet: COPYRIGHT_HOLDER, alsoInComments: true },

  { kind: 'copyright', pattern: /^©\s*\S.{0,60}$/, onlyInComments: true, alsoInComments: true, outlet: COPYRIGHT_HOLDER },

  // photos
  { kind: 'image-file', pattern: /^[\w.-]+\.(?:jpe?g|png|gif|webp|avif|svg|heic)$/i },
  { kind: 'photo-credit', pattern: /^(?:©|crédits?(?: photos?)?\s*:|photos?\s*:|illustration\s*:|image\s*:)\s*\S.{0,80}$/i },
  { kind: 'photo-caption', pattern: /^(?:légende|en photo|sur (?:la|cette) photo|ci-dessus|ci-contre)\s*:\s*\S/i, maxLength: 300 },
  // "Photo Denis Allard pour Libération", "Illustration Jean Dupont / Hans Lucas": no colon, a name after the word
  { kind: 'photo-credit', pattern: /^(?:[Pp]hotos?|[Ii]llustration|[Dd]essin|[Ii]nfographie)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*(?:pour|\/|[|])\s*[^.!?]{1,50})?$/u, maxLength: 120 },
  { kind: 'photo-credit', pattern: new RegExp(String.raw`^(?:[\p{L}.'’ -]{2,60}\s*[/|]\s*)?${PHOTO_AGENCY}(?:\s*[/|]\s*[\p{L}.'’ -]{2,40})?$`, 'iu') },
  { kind: 'photo-caption', pattern: /©|\(\s*(?:photo|crédits?|illustration)\b[^)]*\)\.?$|\b(?:crédits? photo|photo\s*:)/i, maxLength: 260 },
  // "…, à Bruxelles. (AFP/Archives - Marc Delorme)", "… le 9 juin 2023. | LA VIGIE / YANN KERBRAT"
  { kind: 'photo-caption', pattern: new RegExp(String.raw`\((?:[^()]*\b${PHOTO_AGENCY}\b[^()]*)\)\.?$`, 'iu'), maxLength: 300 },
  { kind: 'photo-caption', pattern: /\((?:[\p{Lu}\s.'’-]+\/[\p{Lu}\s.'’-]+)\)\.?$|[.!?»]\s*\|\s*[\p{Lu}\s.'’-]{3,}(?:\/[\p{Lu}\s.'’-]+)?$/u, maxLength: 300 },
  // "… en Ile-de-France. AFP/Louis Garnier", "… à Roubaix. LP/Jean-Marc Olivier", "… à Bruxelles. // Source : Canva"
  { kind: 'photo-caption', pattern: /[.!?»]\s+\p{Lu}{2,}(?:\/\p{Lu}{2,})?\s?\/\s?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u, maxLength: 300 },
  { kind: 'photo-caption', pattern: /\s\/\/\s*(?:source|crédits?|photo|illustration)s?\s*:?\s*\S.{0,40}$/iu, maxLength: 300 },
  // "… dès l’automne. Thierry Lamarque / L'Estuaire": a photographer and the outlet after the caption
  { kind: 'photo-caption', pattern: /[.!?»]\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s?\/\s?(?:[Ll]['’])?\p{Lu}[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}$/u, maxLength: 300 },

  // labels, reading time, ads
  // a press database's count of the text's words ("523 mots", "1 067 mots"), alone on its line
  { kind: 'reading-time', pattern: /^\d{1,3}(?:[\s.,]?\d{3})*\s*mots$/i, alsoInComments: true },
  { kind: 'reading-time', pattern: /^\d+\s*min(?:ute)?s? read$/i, alsoInComments: true },
  { kind: 'reading-time', pattern: /^durée\s*:?\s*(?:\d+\s*h\s*)?\d+\s*(?:min(?:utes?)?|mn|s)\.?$|^(?:temps de )?lecture\s*:?\s*\d+\s*min(?:utes?)?\.?$|^\d+\s*min(?:utes?)?\s*(?:de lecture)\.?$|^temps de lecture\s*:?\s*\d+\s*(?:min(?:utes?)?|mn)\.?$/i, alsoInComments: true },
  { kind: 'label', pattern: /^(?:communiqu[eé] de presse|communiqu[eé]|information presse|premium|actualité|actu|rapport d['’]information|note|synthèse|info presse|pour diffusion immédiate|dossier de presse|exclusif|exclusivité|analyse|entretien|grand entretien|interview|tribune|décryptage|enquête|reportage|éditorial|édito|chronique|opinion|point de vue|portrait|récit|alerte|urgent|en direct|direct|live|vidéo|podcast|infographie|témoignage|fact-checking|brève|l'essentiel|à la une|contribution|billet|note|étude)\s*(?:n[°o]\s*\d+(?:[/-]\d+)*(?:\s*\(\d{4}(?:-\d{4})?\))?)?\s*[:!.]?$/i },
  { kind: 'advertising', pattern: /^(?:contenu sponsorisé|contenu partenaire|article sponsorisé|sponsorisé|en partenariat avec\b.{0,60})$/i, alsoInComments: true, opensSection: true },
  { kind: 'advertising', pattern: /^(?:publicité|pub|annonce|advertisement|ad)$/i, alsoInComments: true },

  // furniture that a kind of its own would not help an editor with
  { kind: 'boilerplate', pattern: /^ce contenu (?:est bloqué|n'est pas disponible)|cookies?\b.*\b(?:accept|paramétr|consent|gérer|utilis|traceurs|expérience|audience|partenaires)|\b(?:utilisons|utilise|dépose|déposer)\b.*\bcookies?\b|^(?:accepter|refuser|paramétrer|gérer)\b.*\bcookies?\b/i, maxLength: 900, alsoInComments: true, interstitial: true },
  { kind: 'boilerplate', pattern: /\b(?:fièrement )?propulsé par\b|\bpowered by\b|\bthème\b.{0,40}\bpar\b.{0,30}$/i, maxLength: 120, alsoInComments: true },
  { kind: 'boilerplate', pattern: /^(?:j'accepte|je refuse|tout accepter|tout refuser|accepter et fermer|continuer sans accepter|gérer mes choix|paramétrer (?:mes )?(?:choix|cookies)|personnaliser)$/i, alsoInComments: true },
  { kind: 'boilerplate', pattern: /^-{3,}\s*(?:message (?:transféré|d'origine|original)|forwarded message|original message)\s*-{3,}$/i },
  { kind: 'boilerplate', pattern: /^(?:de|à|a|cc|cci|envoyé|reply-to|to|from|sent)\s*:\s*\S.{0,160}$/i, maxLength: 200 },
  // a page number, as a printout or a PDF sets it: "12", "- 12 -", "— 12 —", "page 12", "page 3/8"
  { kind: 'boilerplate', pattern: /^(?:page\s*)?[-–—]?\s*\d{1,3}\s*[-–—]?$|^page \d{1,3}(?:\s*(?:\/|sur)\s*\d{1,3})?$/i, interstitial: true },
  // a document's running header: "Rapport annuel 2022 — page 3"
  { kind: 'boilerplate', pattern: /[—–|-]\s*page\s+\d{1,4}(?:\s*(?:\/|sur)\s*\d{1,4})?$/i, maxLength: 100, interstitial: true },
  // an encyclopaedia's page: its tagline, its licence notice
  { kind: 'boilerplate', pattern: /^un article de wikipédia\b/i, maxLength: 120 },
  // a press database's notice on the copy it delivered: "Certificat émis le 4 décembre 2026 à … à des fins de visualisation personnelle et temporaire."
  { kind: 'copyright', pattern: /^certificat émis le\b.*\bvisualisation personnelle\b|^(?:le présent document est protégé par les lois|ce document est réservé à l'usage exclusif)\b/i, maxLength: 400, alsoInComments: true },
  { kind: 'copyright', pattern: /\b(?:est |sont )?disponibles? sous (?:la )?licence (?:creative commons|cc[ -]by)/i, maxLength: 400, alsoInComments: true },
  { kind: 'empty-summary', pattern: /^aucun résumé disponible$/i },
  { kind: 'source-link', pattern: /^source link$/i },
];

/** Straight apostrophes, one space for any white space: the form rules are tested on. */
export function ruleText(text: string): string {
  // most lines are in that form already
  if (!NOT_RULE_TEXT.test(text)) return text;
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** A line's text as two lines that say the same are compared: the rule form, lower case, no quotation marks. */
export const lineKey = memoizeText((text: string): string => ruleText(text).toLowerCase().replace(/[«»"“”]/g, ''));

/** What ruleText changes: a typographic apostrophe, white space other than one space between words. */
const NOT_RULE_TEXT = /[’‘]|[^\S ]|\s\s|^\s|\s$/;

/** The rule that reads a copyright line's holder. */
export const COPYRIGHT_RULE: ChromeRule = { kind: 'copyright', pattern: /©|copyright/i, outlet: COPYRIGHT_HOLDER };

/** The outlet a line of chrome names, if its rule reads one: the first group that matched. */
export function outletNamed(rule: ChromeRule | undefined, text: string): string | undefined {
  const match = rule?.outlet?.exec(text.replace(/\s+/g, ' ').trim());
  const named = match?.slice(1).find((group) => group !== undefined);
  // "© The Financial Times Limited 2023", "© Groupe Exemple SAS": the company's legal form is no part of the title's name
  return named?.replace(LEGAL_FORM, '').trim() || named;
}

/** A company's legal form after its name: "Limited", "Ltd", "SA", "SAS", "GmbH", "Inc.". */
const LEGAL_FORM = /[\s,]+(?:limited|ltd\.?|plc|inc\.?|llc|gmbh|ag|s\.?a\.?s\.?|s\.?a\.?r\.?l\.?|s\.?a\.?|sasu|nv|bv|spa|s\.?p\.?a\.?)$/iu;

/** The first rule that recognises the block, if any. */
export function matchRule(text: string, inComments = false): ChromeRule | undefined {
  return inComments ? ruleInComments(text) : ruleInArticle(text);
}

const ruleInArticle = memoizeText((text) => firstRule(text, false));
const ruleInComments = memoizeText((text) => firstRule(text, true));

function firstRule(text: string, inComments: boolean): ChromeRule | undefined {
  const folded = ruleText(text);
  return CHROME_RULES.find((r) => (inComments ? r.alsoInComments : !r.onlyInComments) && (r.maxLength === undefined || folded.length <= r.maxLength) && r.pattern.test(folded));
}
