// Names and acronyms that look like actors or glossary terms but that content/ does not know yet:
// what an editor adding articles has to curate, each with the sentences that use it. Three linear passes:
//   1. word statistics: French capitalises proper nouns only, so a word written in lower case at least
//      as often as capitalised mid-sentence is a common word ("Cloud", "Européens");
//   2. per sentence, runs of name words (capitalised words, acronyms, brand shapes, with the particles
//      inside them), and long forms spelled out before an acronym in brackets;
//   3. per article, a surname or an acronym joins the longer name it stands for; count distinct sentences.

export interface CandidateSentence { id: string; text: string; /** spans of the text already matched to a known actor or term (half-open offsets) */ known: Array<{ start: number; end: number }> }
export interface CandidateArticle { file: string; sentences: CandidateSentence[] }
export interface Candidate {
  /** the form as most often written */
  name: string;
  kind: 'acronym' | 'name';
  /** other spellings grouped with it (e.g. 'Breton' with 'Thierry Breton'), sorted */
  variants: string[];
  /** every sentence it stands in, in corpus order */
  sentences: Array<{ file: string; sentence: string; text: string }>;
}

/** a word of a sentence; `key` is its lower-case form, computed once because every pass asks for it */
interface Token { text: string; key: string; shape: Shape; start: number; end: number; initial: boolean; joined: boolean; known: boolean }
type Shape = 'lower' | 'capitalised' | 'acronym' | 'brand';
interface Stats { lower: Map<string, number>; midCapital: Map<string, number>; initialCapital: Map<string, number> }
interface Occurrence { key: string; form: string; spellsOut: boolean; sentence: number }

const words = (list: string) => new Set(list.split(/\s+/));
/** Never a name alone: function words (they open sentences), months, days, civilities, and job titles:
 *  PDG, CEO, DG name a role, not an actor (the glossary has « PDG » as a term). */
const NOT_NAMES = words(`a à au aux avec ce ces cet cette d de des du dans elle elles en et il ils je l la le les leur leurs mais ni nos
  notre nous on or ou où par pour qu que qui sa sans se selon ses si son sous sur un une vers vos votre vous y
  ainsi alors après aussi avant car cependant chez comme contre depuis donc dont durant enfin ensuite entre lors
  malgré parmi pendant pourtant puis quand tous tout toute toutes janvier février mars avril mai juin juillet août
  septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche m mm mme mmes mlle me dr
  pr mgr pdg ceo dg dga dsi cto cfo coo drh`);
/** articles that belong to a name when capitalised inside it: Bruno Le Maire, Les Echos */
const NAME_ARTICLES = words('le la les l de du des');
/** small words of a long form that give no letter to its acronym */
const CONNECTORS = words('de du des d l la le les et en à au aux pour sur of the and for');
/** heads of institutions' names, which go on with « de … » and adjectives: Conseil d’État */
const INSTITUTIONS = words(`agence autorité assemblée banque caisse centre comité commission conseil cour direction
  fédération fondation haut haute institut ministère observatoire office programme secrétariat syndicat tribunal union université`);
const ADJECTIVE = /^\p{Ll}{3,}(?:elle|el|ale|al|aux|ique|éenne|éen)s?$/u;
/** I, V, X only: CDC or CL are acronyms far more often than numerals */
const ROMAN = /^[IVX]+(?:e|er|re|ème)?$/;
/** hyphens join words as in annotate.ts (Jean-Noël, T-Systems); elision is split off in tokenize */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const ELISION = /^(?:l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu)['’]/i;
/** after these a capital proves nothing: the word opens a sentence or a quotation */
const OPENS = /[«“":?!…]/;
const collator = new Intl.Collator('fr');
const byFrench = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
const fold = (text: string) => (text.includes('’') ? text.toLowerCase().replace(/’/g, "'") : text.toLowerCase());
const bare = (word: string) => (word.endsWith("'") || word.endsWith('’') ? fold(word).slice(0, -1) : fold(word));
const initialOf = (word: string) => word.normalize('NFD')[0]!.toLowerCase();
const isAcronym = (form: string) => !/\p{Ll}/u.test(form) && /\p{Lu}.*\p{Lu}/u.test(form);
function shapeOf(word: string): Shape {
  if (/^\p{N}/u.test(word) || !/\p{Lu}/u.test(word)) return 'lower'; // "010E0000-photo": a file name
  if (isAcronym(word)) return 'acronym';
  // OVHcloud, SecNumCloud, WhatsApp: a capital inside the word (after a hyphen it is a plain name: Jean-Noël)
  return /\p{Ll}/u.test(word) && /[\p{L}\p{N}]\p{Lu}/u.test(word) ? 'brand' : /^\p{Lu}/u.test(word) ? 'capitalised' : 'lower';
}
const isCommon = (stats: Stats, key: string) => (stats.midCapital.get(key) ?? 0) <= (stats.lower.get(key) ?? 0);

function tokenize({ text, known }: CandidateSentence): Token[] {
  const tokens: Token[] = [];
  const word = (start: number, end: number, initial: boolean, joined: boolean): Token => {
    const written = text.slice(start, end);
    const isKnown = known.some((k) => k.start < end && start < k.end); // a few spans per sentence
    const fileName = text[end] === '.' && /\p{L}/u.test(text[end + 1] ?? ''); // "…-photo-cloud-europe.jpg", "Shutterstock.com"
    return { text: written, key: bare(written), shape: fileName ? 'lower' : shapeOf(written), start, end, initial, joined, known: isKnown };
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const previous = tokens[tokens.length - 1];
    const gap = text.slice(previous?.end ?? 0, m.index);
    // a full stop inside a sentence ends a quoted one (« … Gaia-X. Grâce à … »), unlike "M." or "J."
    const quotedStop = gap[0] === '.' && previous!.text.length > 2 && !NOT_NAMES.has(previous!.key);
    const [initial, joined, end] = [!previous || quotedStop || OPENS.test(gap), !!previous && gap.trim() === '', m.index + m[0].length];
    const elided = ELISION.exec(m[0])?.[0].length ?? 0;
    // "L’Europe": the sentence's capital is the article's, the name's capital is its own
    if (elided > 0 && elided < m[0].length) tokens.push(word(m.index, m.index + elided, initial, joined), word(m.index + elided, end, false, true));
    else tokens.push(word(m.index, end, initial, joined));
  }
  return tokens;
}

function isNameWord(tokens: Token[], k: number, stats: Stats): boolean {
  const token = tokens[k];
  if (!token || token.known) return !!token;
  const [key, next] = [token.key, tokens[k + 1]?.joined ? k + 1 : -1];
  if (token.shape === 'lower' || ROMAN.test(token.text)) return false;
  if (NOT_NAMES.has(key)) {
    // "Bruno Le Maire", "selon Les Echos"; a sentence's first "La" is no part of a name ("La France veut")
    if (NAME_ARTICLES.has(key) && !token.initial) return isNameWord(tokens, next, stats);
    return key === 'dg' && next > 0 && tokens[next]!.shape === 'acronym'; // DG CNECT: a directorate-general
  }
  // a capital that opens a sentence proves nothing: the word must be seen capitalised elsewhere, in a
  // fifth of its uses at least (one odd capital does not make "Interrogé" a name), or be a first name
  // never seen in lower case, followed by a surname ("Frank Strecker, …")
  if (!token.initial || token.shape !== 'capitalised') return true;
  const mid = stats.midCapital.get(key) ?? 0;
  return (!isCommon(stats, key) && mid * 4 >= (stats.initialCapital.get(key) ?? 0)) || (!stats.lower.has(key) && isNameWord(tokens, next, stats));
}

/** "de", "de la", "de l’", "du", "des", "d’" between an institution and its object */
function particleLength(tokens: Token[], j: number): number {
  const [a, b] = [tokens[j], tokens[j + 1]].map((t) => (t?.joined ? fold(t.text) : ''));
  return a === "d'" || a === 'du' || a === 'des' ? 1 : a === 'de' ? (b === 'la' || b === "l'" ? 2 : 1) : 0;
}

/** Token ranges [from, to) of the names in a sentence. */
function nameRuns(tokens: Token[], stats: Stats): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0, j = 1; i < tokens.length; i = Math.max(j, i + 1)) {
    j = i + 1;
    if (tokens[i]!.text.length < 2 || !isNameWord(tokens, i, stats)) continue; // "A priori", "M."
    const institution = INSTITUTIONS.has(tokens[i]!.key);
    for (;;) {
      if (tokens[j]?.joined && isNameWord(tokens, j, stats)) { j++; continue; }
      const particle = institution ? particleLength(tokens, j) : 0;
      const after = tokens[j + particle];
      if (particle > 0 && after?.joined && !after.known && isNameWord(tokens, j + particle, stats)) j += particle + 1;
      else break;
    }
    const run = tokens.slice(i, j);
    // "Commission européenne", "Nouvelle France industrielle": institutions, and names that open with a
    // word also written in lower case, take adjectives (not "Cédric O appelle": -elle ends verbs too)
    if (institution || (run.length > 1 && stats.lower.has(run[0]!.key))) while (tokens[j]?.joined && ADJECTIVE.test(tokens[j]!.text)) j++;
    // a known name may open a longer one ("Google Actualités") or stand inside one ("Nouvelle France
    // industrielle"), but a common word before it makes no new name: "le Français OVHcloud"
    const common = (t: Token) => t.shape === 'capitalised' && isCommon(stats, t.key);
    const firstKnown = run.findIndex((t) => t.known);
    const demonym = firstKnown > 0 && run.slice(firstKnown).every((t) => t.known) && run.slice(0, firstKnown).every(common);
    if (run.some((t) => !t.known) && !demonym && !(j - i === 1 && common(run[0]!))) runs.push([i, j]);
  }
  return runs;
}

/** "Agence nationale de la sécurité des systèmes d’information (ANSSI)": the words before an acronym
 *  in brackets whose initials spell it are its long form, whatever their case. */
function longFormBefore(text: string, tokens: Token[], k: number): [number, number] | undefined {
  const [acronym, before] = [tokens[k]!, tokens[k - 1]];
  const bracketed = text[acronym.end] === ')' && !!before && /^\s*\($/.test(text.slice(before.end, acronym.start));
  if (!bracketed || acronym.known || acronym.shape !== 'acronym') return undefined;
  const letters = acronym.text.toLowerCase().replace(/\P{L}/gu, '');
  let [need, from] = [letters.length, k];
  for (let b = k - 1; b >= 0 && need > 0; b--) {
    if (tokens[b]!.known || (b < k - 1 && !tokens[b + 1]!.joined)) return undefined;
    if (CONNECTORS.has(tokens[b]!.key)) continue;
    if (initialOf(tokens[b]!.text) !== letters[--need]) return undefined;
    from = b;
  }
  return need === 0 ? [tokens[from]!.start, before!.end] : undefined;
}

function occurrencesIn(sentence: CandidateSentence, tokens: Token[], stats: Stats, s: number): Occurrence[] {
  const longForms = tokens.map((_, k) => longFormBefore(sentence.text, tokens, k)).filter((span) => span !== undefined);
  const runs = nameRuns(tokens, stats).map(([i, j]): [number, number] => [tokens[i]!.start, tokens[j - 1]!.end])
    .filter(([start, end]) => !longForms.some(([from, to]) => from <= start && end <= to)); // "Agence nationale" in the ANSSI's name
  return [...runs.map((span) => [span, false] as const), ...longForms.map((span) => [span, true] as const)].map(([[start, end], spellsOut]) => {
    const form = sentence.text.slice(start, end).replace(/\s+/g, ' ');
    return { key: fold(form), form, spellsOut, sentence: s };
  });
}

/** Within an article, a surname joins the one longer name it ends ("Breton", "Thierry Breton"; not with two
 *  Duponts, nor "État" after a particle: "l’État" is no "Conseil d’État"); a long form joins its acronym in
 *  every article if it spelled it out in brackets or the acronym has three letters or more (two letters are
 *  too often someone else's). */
function shortFormsIn(occurrences: Occurrence[], acronymOf: Map<string, string>): Map<string, string> {
  const acronyms = new Set(occurrences.filter((o) => isAcronym(o.form)).map((o) => o.key));
  const byLastWord = new Map<string, Set<string>>();
  for (const { key, spellsOut } of occurrences) {
    const parts = key.split(/\s+|(?<=')/);
    if (parts.length < 2) continue;
    const [last, before] = [parts.at(-1)!, parts.at(-2)!.replace(/'$/, '')];
    if (!CONNECTORS.has(before)) byLastWord.set(last, (byLastWord.get(last) ?? new Set()).add(key));
    const contentWords = parts.filter((w) => !CONNECTORS.has(w.replace(/'$/, ''))).flatMap((w) => w.split('-')); // France-Presse: FP
    const initials = contentWords.map(initialOf).join('');
    if (acronyms.has(initials) && (spellsOut || initials.length > 2) && !acronymOf.has(key)) acronymOf.set(key, initials);
  }
  return new Map([...byLastWord].filter(([, longer]) => longer.size === 1).map(([word, longer]) => [word, [...longer][0]!]));
}

export function findCandidates(articles: CandidateArticle[], options: { minSentences?: number } = {}): Candidate[] {
  const sentences = articles.flatMap(({ file, sentences }) => sentences.map((sentence) => ({ file, sentence })));
  const tokenized = sentences.map(({ sentence }) => tokenize(sentence));
  const stats: Stats = { lower: new Map(), midCapital: new Map(), initialCapital: new Map() };
  for (const tokens of tokenized) for (const { key, shape, initial } of tokens) {
    const counts = shape === 'lower' ? stats.lower : shape !== 'capitalised' ? undefined : initial ? stats.initialCapital : stats.midCapital;
    counts?.set(key, (counts.get(key) ?? 0) + 1);
  }
  const perArticle = new Map<string, Occurrence[]>();
  sentences.forEach(({ file, sentence }, s) => {
    const list = perArticle.get(file) ?? perArticle.set(file, []).get(file)!;
    list.push(...occurrencesIn(sentence, tokenized[s]!, stats, s));
  });
  const acronymOf = new Map<string, string>();
  const surnames = [...perArticle.values()].map((occurrences) => shortFormsIn(occurrences, acronymOf));
  const groups = new Map<string, { forms: Map<string, { count: number; surname: boolean }>; sentences: Set<number> }>();
  [...perArticle.values()].forEach((occurrences, a) => {
    for (const { key, form, sentence } of occurrences) {
      const surnameOf = key.includes(' ') ? undefined : surnames[a]!.get(key);
      const target = acronymOf.get(surnameOf ?? key) ?? surnameOf ?? key;
      const group = groups.get(target) ?? groups.set(target, { forms: new Map(), sentences: new Set() }).get(target)!;
      group.forms.set(form, { count: (group.forms.get(form)?.count ?? 0) + 1, surname: surnameOf !== undefined });
      group.sentences.add(sentence); // occurrences come in corpus order, and a Set keeps insertion order
    }
  });
  return [...groups.values()].filter((group) => group.sentences.size >= (options.minSentences ?? 2)).map(({ forms, sentences: ids }) => {
    // the name: the spelling written most often, never a surname ("Breton" stays a variant of "Thierry
    // Breton"); on a tie the longer one, as actors.yaml names an actor in full
    const ranked = [...forms].sort(([a, x], [b, y]) =>
      Number(x.surname) - Number(y.surname) || y.count - x.count || b.length - a.length || byFrench(a, b));
    const name = ranked[0]![0];
    const variants = ranked.slice(1).map(([form]) => form).sort(byFrench);
    const used = [...ids].map((s) => ({ file: sentences[s]!.file, sentence: sentences[s]!.sentence.id, text: sentences[s]!.sentence.text }));
    return { name, kind: isAcronym(name) ? 'acronym' : 'name', variants, sentences: used } satisfies Candidate;
  }).sort((a, b) => b.sentences.length - a.sentences.length || byFrench(a.name, b.name));
}
