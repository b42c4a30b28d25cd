// Text helpers shared by the build step and the knowledge loader (lowest layer: no imports).

/** Removes accents: "Économie" → "Economie". */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/** Latin letters that are not a base letter plus accents (so stripAccents keeps them), written
 *  as the ASCII letters they are spelt with: Łódź → Lodz, Øresund → Oresund, Þór → Thor. */
const LATIN_LETTERS: Record<string, string> = {
  œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D',
  ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH', ħ: 'h', Ħ: 'H', ı: 'i', ŧ: 't', Ŧ: 'T', ŋ: 'ng', Ŋ: 'NG',
};
const LATIN_LETTER = new RegExp(`[${Object.keys(LATIN_LETTERS).join('')}]`, 'g');

/** French-friendly ASCII slug: "L’Europe tremble" → "l-europe-tremble", at most `max` characters, cut at a hyphen. */
export function slugify(text: string, max = 80): string {
  const ascii = stripAccents(text)
    .replace(LATIN_LETTER, (letter) => LATIN_LETTERS[letter] ?? letter)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  const words = (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : ascii.slice(0, max)).replace(/-+$/g, '').split('-');
  // A URL cut after "de" or "l" reads as broken: end on a word that carries meaning.
  while (words.length > 1 && DANGLING_WORDS.has(words.at(-1)!)) words.pop();
  return words.join('-');
}

const DANGLING_WORDS = new Set([
  'a', 'au', 'aux', 'avec', 'c', 'd', 'dans', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les',
  'ou', 'par', 'pour', 'qu', 'que', 'qui', 's', 'sur', 'un', 'une',
]);

/**
 * Loose form used to compare an evidence quote with the article: typographic apostrophes
 * and quotes become plain ones, the space inside « » goes, runs of white space (NBSP
 * included) become one space.
 */
export function normalizeForComparison(text: string): string {
  return text
    .replace(/[’‘`´]/g, "'")
    .replace(/«\s*/g, '"')
    .replace(/\s*»/g, '"')
    .replace(/[“”„]/g, '"')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts `text` at a word boundary so that it fits in `max` characters, adding "…" only when it cut. */
export function truncateAtWord(text: string, max: number): string {
  // French typography's non-breaking spaces (« de confiance », 12 %) stay: no line, nor cut, there
  const clean = text.replace(/[^\S\u00A0\u202F]+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  // a word that ends exactly at the limit fits: look one character further for the space
  const room = clean.slice(0, max);
  const lastSpace = clean[max] === ' ' ? max : room.lastIndexOf(' ');
  const cut = (lastSpace > max / 2 ? room.slice(0, lastSpace) : room).replace(/[\s,;:.«(–—-]+$/u, '');
  return `${cut}…`;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** What emoji are made of: pictographs and flags, with the joiners, variation selectors, skin
 *  tones and tags that build them (a character class's contents, for a RegExp with the u flag). */
export const EMOJI_CHARACTERS = String.raw`\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u200d\ufe0f\u{e0020}-\u{e007f}`;

/** Emoji after the last word ("… à Strasbourg. 🎉"): decoration, not the end of the sentence's shape. */
const TRAILING_EMOJI = new RegExp(`[\\s${EMOJI_CHARACTERS}]+$`, 'u');

/** The text without the emoji (and the spaces among them) that end it. */
export function withoutTrailingEmoji(text: string): string {
  return text.replace(TRAILING_EMOJI, '');
}
