// A role, an office, a membership or a status is true as of a date: "PDG d’Atos de 2008 à
// 2019", "filiale de Deutsche Telekom en 2020". This finds the sentences of curated text that
// state one and give no year, or say it holds "depuis" a year (still true, as of a day nobody
// gives), so that the build can refuse them and the site's checks can find none in the pages.
import { splitSentences } from '../pipeline/segment.ts';

/** Words that state who holds what, who belongs to whom, who owns what. */
const ROLE = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      'PDG', 'P\\.-D\\.G\\.', 'CEO', 'président(?:e)?(?:-directeur|-directrice)?', 'vice-présidente?', 'directeur', 'directrice',
      'dirige', 'dirigent', 'dirigée?s?', 'dirigeante?s?', 'préside', 'présidée?', 'patron(?:ne)?', 'ministres?', "secrétaire d['’][ÉE]tat",
      'commissaires?', 'chef(?:fe)?', 'responsable', 'membres?', 'adhérente?', 'filiales?', 'maison mère', 'propriétaire', 'propriété',
      'détenue?s?', 'actionnaire', 'appartient', 'appartiennent', 'cotée?', 'tutelle', 'députée?', 'porte-parole', 'fondat(?:eur|rice)',
      'devenue?', 'rebaptisée?', 'rachetée?', 'absorbée?', 'ancien(?:ne)?',
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'iu',
);

/** A year, 1900–2099: the date a statement holds as of. */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

export interface UndatedRole {
  sentence: string;
  /** the word that states the role */
  word: string;
  /** undated: no year at all; ongoing: "depuis 2019", true on a day nobody says */
  why: 'undated' | 'ongoing';
}

/** "depuis 2019": a role said to hold still, as of a day the text does not give. */
const ONGOING = /(?<![\p{L}])depuis(?![\p{L}])/iu;

/**
 * The sentences of `text` that state a role and give no year. With `about`, only the
 * sentences that name one of those names are read (a glossary's generic definition of an
 * office — "un secrétaire d’État est membre du gouvernement" — states no one's role).
 */
export function undatedRoles(text: string, about?: readonly string[]): UndatedRole[] {
  const found: UndatedRole[] = [];
  for (const { text: sentence } of splitSentences(text.replace(/\s+/g, ' ').trim())) {
    const word = ROLE.exec(sentence)?.[0];
    if (!word) continue;
    const why = !YEAR.test(sentence) ? 'undated' : ONGOING.test(sentence) ? 'ongoing' : undefined;
    if (!why) continue;
    if (about && !about.some((name) => namesIt(sentence, name))) continue;
    found.push({ sentence, word, why });
  }
  return found;
}

function namesIt(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  if (at < 0) return false;
  const before = sentence[at - 1];
  const after = sentence[at + name.length];
  return !(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after));
}
