// French phrases built from curated words: a relation reads "<source> <label> <target>", with
// the articles French needs and their contractions and elisions ("les États-Unis ont adopté le
// Cloud Act", "libre de l’influence du Cloud Act", "PDG d’Atos", "s’associe aux Pays-Bas").

export type Determiner = 'le' | 'la' | 'les' | 'l’';

/** A name as French writes it in a sentence, the article apart from the linked name. */
export interface NamePhrase {
  /** what comes before the name: "les ", "l’", "au ", "d’", "" */
  lead: string;
  /** the name itself (the link text) */
  name: string;
}

/** Starts with a vowel sound (elision): "Atos", "OVHcloud", "États-Unis", "IONOS". A name in h is
 *  left alone: French names in h are as often aspirated as not. */
const VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/iu;

/** A name that carries its own article: "Les Echos", "Le Monde", "La Tribune". */
const OWN_ARTICLE = /^(Les|Le|La) (?=\S)/u;

/** The name with its article, as a subject or after a verb: "la France", "l’AFP", "OVHcloud". */
export function named(name: string, determiner?: Determiner): NamePhrase {
  if (!determiner) return { lead: '', name };
  if (determiner === 'l’') return { lead: 'l’', name };
  if ((determiner === 'le' || determiner === 'la') && VOWEL.test(name)) return { lead: 'l’', name };
  return { lead: `${determiner} `, name };
}

/** The subject that opens a sentence: its first letter in capitals ("Les États-Unis"). */
export function subject(name: string, determiner?: Determiner): NamePhrase {
  const phrase = named(name, determiner);
  return phrase.lead ? { ...phrase, lead: capitalise(phrase.lead) } : { ...phrase, name: capitalise(phrase.name) };
}

/**
 * The words between the source's name and the target's: the label, then the target's article,
 * contracted with the label's last word ("à" + "le" → "au", "de" + "les" → "des", "de" +
 * "Atos" → "d’Atos"). Returns the middle text and the target's link text (a name that carries
 * its own article gives it to the contraction: "consulté par" + "Les Echos", "à" + "Les Echos"
 * → "aux" + "Echos").
 */
export function afterLabel(label: string, name: string, determiner?: Determiner): { middle: string; name: string } {
  const words = label.trim();
  let target = name;
  let article: string | undefined = determiner;
  const own = OWN_ARTICLE.exec(name);
  const ending = /(?:^|\s)(à|de)$/u.exec(words)?.[1];
  if (!article && own && ending) {
    article = own[1]!.toLowerCase();
    target = name.slice(own[0].length);
  }
  if (article && article !== 'l’' && article !== 'les' && VOWEL.test(target)) article = 'l’';
  const stem = ending ? words.slice(0, words.length - ending.length) : `${words} `;
  if (ending === 'à') {
    const joined = article === 'le' ? 'au ' : article === 'les' ? 'aux ' : article === 'la' ? 'à la ' : article === 'l’' ? 'à l’' : 'à ';
    return { middle: `${stem}${joined}`, name: target };
  }
  if (ending === 'de') {
    const joined = article === 'le' ? 'du ' : article === 'les' ? 'des ' : article === 'la' ? 'de la ' : article === 'l’' ? 'de l’' : VOWEL.test(target) ? 'd’' : 'de ';
    return { middle: `${stem}${joined}`, name: target };
  }
  const lead = !article ? '' : article === 'l’' ? 'l’' : `${article} `;
  return { middle: `${stem}${lead}`, name: target };
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/** Words French never leaves side by side: what a phrase built without articles would say. */
export const UNCONTRACTED = /(?<![\p{L}’'])(?:à le|à les|de le|de les|de [aeiouyàâéèêîôûœ][\p{L}]*|que [aeiouyàâéèêîôû])(?![\p{L}])/iu;
