// Small French text helpers for the synthetic corpus: elision, determiners, and the
// date expressions the extraction stage must find (`15 avril 2014`, `en juin 2013`,
// `fin 2013`, `début de l’année 2021`, `depuis mai 2018`, `le 16 juillet 2020`).
import type { Random } from './random.ts';

export const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

/** The apostrophe is ’ in most sources and ' in some: the corpus uses both, like the seeds. */
export const APOSTROPHE = '’';

const vowelStart = /^[aeiouyàâäéèêëîïôöùûüœAEIOUYÀÂÉÈÊÎÔÛŒ]|^h[aeiouyéèê]/;

/** `de` + a bare name or noun, elided before a vowel: `d’OpenStack`, `de Numergy`. */
export function de(word: string): string {
  return vowelStart.test(word) ? `d${APOSTROPHE}${word}` : `de ${word}`;
}

/**
 * A determiner for an institution or state name, guessed from its first word (good
 * enough for synthetic prose): `la Commission européenne`, `le Parlement européen`,
 * `l’Allemagne`; names that take none (DG CNECT is "la DG CNECT") come out right too.
 */
export function withArticle(name: string): string {
  const first = name.split(/\s+/)[0] ?? name;
  if (/^(Commission|DG|Banque|Cour|Agence|CNIL|ANSSI|France|Belgique|Chine)$/.test(first)) return `la ${name}`;
  if (/^(Parlement|Conseil|Bureau|gouvernement|ministère|Sénat|Portugal|Luxembourg)$/.test(first)) return `le ${name}`;
  if (/^(États-Unis|Pays-Bas)$/.test(first)) return `les ${name}`;
  if (vowelStart.test(name)) return `l${APOSTROPHE}${name}`;
  return name;
}

/** `de` + a name with its determiner: `du Parlement`, `de la Commission`, `des États-Unis`. */
export function deArticle(name: string): string {
  const withDet = withArticle(name);
  if (withDet.startsWith('le ')) return `du ${withDet.slice(3)}`;
  if (withDet.startsWith('les ')) return `des ${withDet.slice(4)}`;
  if (withDet === name) return de(name);
  return `de ${withDet}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A date as the text writes it, with what the extraction stage should read from it. */
export interface DateExpression {
  /** as written in the sentence, lower-case start: `en juin 2013` */
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  value: string;
  precision: 'year' | 'month' | 'day';
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function dayName(day: number): string {
  return day === 1 ? '1er' : String(day);
}

/** A random date expression between 2013 and 2025, in one of the corpus's forms. */
export function dateExpression(random: Random, year = random.int(2013, 2025)): DateExpression {
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const monthName = MONTHS[month - 1] as string;
  switch (random.int(0, 5)) {
    case 0:
      return { text: `le ${dayName(day)} ${monthName} ${year}`, value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
    case 1:
      return { text: `en ${monthName} ${year}`, value: `${year}-${pad(month)}`, precision: 'month' };
    case 2:
      return { text: `depuis ${monthName} ${year}`, value: `${year}-${pad(month)}`, precision: 'month' };
    case 3:
      return { text: `fin ${year}`, value: `${year}`, precision: 'year' };
    case 4:
      return { text: `début de l${APOSTROPHE}année ${year}`, value: `${year}`, precision: 'year' };
    default:
      return { text: `en ${year}`, value: `${year}`, precision: 'year' };
  }
}

/** The byline form: `Publié le 15 avril 2014 à 12h56`. */
export function bylineDate(random: Random, year: number, month: number, day: number): string {
  return `Publié le ${pad(day)} ${MONTHS[month - 1]} ${year} à ${pad(random.int(6, 22))}h${pad(random.int(0, 59))}`;
}
