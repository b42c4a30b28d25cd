// The curated knowledge the bench builds with: the real content/*.yaml, optionally scaled
// up with synthetic entries appended after the real ones (100+ terms and actors for the
// conversion target; 300 actors and 1,000 relations for the network figure). Synthetic
// entries are valid against src/model/knowledge.ts and say plainly that they are synthetic.
import { readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { createRandom, type Random } from './random.ts';
import type { Actor, Relation, RelationType, Term } from '../src/model/knowledge.ts';

/** content/*.yaml as read: arrays of entries, kept raw so fields we do not know survive. */
export interface KnowledgeFiles {
  glossary: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  events: Record<string, unknown>[];
  sources: Record<string, unknown>[];
}

const FILES = ['glossary', 'actors', 'relations', 'events', 'sources'] as const;

export function readKnowledge(root: string): KnowledgeFiles {
  const read = (name: string): Record<string, unknown>[] => {
    const path = join(root, 'content', `${name}.yaml`);
    if (!existsSync(path)) return [];
    const data: unknown = parse(readFileSync(path, 'utf8'));
    if (data == null) return [];
    if (!Array.isArray(data)) throw new Error(`${path}: expected a YAML list of entries`);
    return data as Record<string, unknown>[];
  };
  return {
    glossary: read('glossary'),
    actors: read('actors'),
    relations: read('relations'),
    events: read('events'),
    sources: read('sources'),
  };
}

export function writeKnowledge(root: string, knowledge: KnowledgeFiles): void {
  mkdirSync(join(root, 'content'), { recursive: true });
  for (const name of FILES) {
    writeFileSync(join(root, 'content', `${name}.yaml`), stringify(knowledge[name], { lineWidth: 0 }));
  }
}

/** The slice the corpus generator needs (see corpus.ts CorpusKnowledge). */
export function corpusKnowledgeOf(knowledge: KnowledgeFiles): {
  terms: { id: string; label: string; forms?: string[] }[];
  actors: { id: string; name: string; kind: string; aliases?: string[] }[];
} {
  return {
    terms: knowledge.glossary.map((t) => ({
      id: String(t.id),
      label: String(t.label),
      forms: Array.isArray(t.forms) ? t.forms.map(String) : [],
    })),
    actors: knowledge.actors.map((a) => ({
      id: String(a.id),
      name: String(a.name),
      kind: String(a.kind),
      aliases: Array.isArray(a.aliases) ? a.aliases.map(String) : [],
    })),
  };
}

// ── synthetic names: pronounceable, unique, never a word of the real knowledge ─────────

const ONSETS = ['b', 'br', 'c', 'cr', 'd', 'dr', 'f', 'g', 'gr', 'k', 'l', 'm', 'n', 'p', 'pl', 'r', 's', 't', 'tr', 'v', 'z'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ou', 'ai', 'é'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'x'];
const FIRST_NAMES = ['Anne', 'Lukas', 'Giulia', 'Pedro', 'Marta', 'Jan', 'Sophie', 'Nikos', 'Elin', 'Tomasz', 'Claire', 'Henrik'];
const COUNTRIES = ['FR', 'DE', 'IT', 'ES', 'NL', 'BE', 'PT', 'PL', 'SE', 'FI', 'AT', 'EU'];

export class NameForge {
  private readonly used = new Set<string>();
  private readonly random: Random;
  constructor(random: Random, reserved: Iterable<string>) {
    this.random = random;
    for (const name of reserved) for (const word of name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) this.used.add(word);
  }
  /** a new capitalised pseudo-word ("Brelune"), never handed out twice */
  word(): string {
    for (;;) {
      const syllables = this.random.int(2, 3);
      let w = '';
      for (let i = 0; i < syllables; i++) w += this.random.pick(ONSETS) + this.random.pick(NUCLEI);
      w += this.random.pick(CODAS);
      if (w.length < 5 || this.used.has(w)) continue;
      this.used.add(w);
      return w.charAt(0).toUpperCase() + w.slice(1);
    }
  }
  /** a new acronym of 4 capitals ("KVTR") */
  acronym(): string {
    for (;;) {
      let a = '';
      for (let i = 0; i < 4; i++) a += String.fromCharCode(65 + this.random.int(0, 25));
      if (this.used.has(a.toLowerCase())) continue;
      this.used.add(a.toLowerCase());
      return a;
    }
  }
}

const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const SYNTHETIC_SOURCE = [{ title: 'Entrée synthétique du banc d’essai (npm run bench)' }];

function reservedNames(knowledge: KnowledgeFiles): string[] {
  const out: string[] = [];
  for (const t of knowledge.glossary) out.push(String(t.label), ...((t.forms as string[] | undefined) ?? []));
  for (const a of knowledge.actors) out.push(String(a.name), ...((a.aliases as string[] | undefined) ?? []));
  return out;
}

/** `count` synthetic glossary terms: a third acronyms (case-sensitive), the rest phrases. */
export function syntheticTerms(forge: NameForge, random: Random, count: number): Term[] {
  const terms: Term[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 3;
    const label =
      kind === 0 ? forge.acronym() : kind === 1 ? `certification ${forge.word()}` : `protocole ${forge.word()}`;
    const forms = kind === 0 ? [] : [label.replace(/^(\S+)/, '$1s')];
    terms.push({
      id: `bench-${slug(label)}`,
      label,
      forms,
      short: `Terme synthétique n° ${i + 1}, créé pour mesurer la conversion avec un glossaire de grande taille.`,
      long: `Ce terme n’existe pas : le banc d’essai l’ajoute au glossaire réel pour mesurer le coût de l’annotation quand le glossaire compte plus de cent entrées.`,
      related: random.chance(0.3) && terms.length > 0 ? [random.pick(terms).id] : [],
      sources: SYNTHETIC_SOURCE,
    });
  }
  return terms;
}

/** `count` synthetic actors: mostly companies, some persons and institutions. */
export function syntheticActors(forge: NameForge, random: Random, count: number): Actor[] {
  const actors: Actor[] = [];
  for (let i = 0; i < count; i++) {
    const roll = i % 5;
    const word = forge.word();
    const base =
      roll <= 2
        ? { kind: 'company' as const, name: `${word} ${random.pick(['Cloud', 'Data', 'Systèmes', 'Telecom', 'Numérique'])}`, aliases: [word] }
        : roll === 3
          ? { kind: 'person' as const, name: `${random.pick(FIRST_NAMES)} ${word}`, aliases: [] }
          : { kind: 'institution' as const, name: `Agence ${word} du numérique`, aliases: [] };
    actors.push({
      id: `bench-${slug(base.name)}`,
      ...base,
      country: random.pick(COUNTRIES),
      description: `Acteur synthétique n° ${i + 1}, ajouté par le banc d’essai pour mesurer le site avec un grand nombre d’acteurs.`,
      sources: [],
    });
  }
  return actors;
}

const RELATION_LABELS: Record<RelationType, string> = {
  partnership: 's’associe à',
  mission: 'est missionné par',
  membership: 'est membre de',
  ownership: 'détient',
  leadership: 'dirige',
  competition: 'concurrence',
  regulation: 'encadre',
  customer: 'est client de',
  support: 'soutient',
  acquisition: 'rachète',
  negotiation: 'négocie avec',
};

/** The sentence that proves a synthetic relation; its quote is the sentence without the period. */
export function relationSentence(source: string, label: string, target: string): string {
  return `${source} ${label} ${target}, selon un communiqué publié cette semaine.`;
}

export interface SyntheticNetwork {
  actors: Actor[];
  relations: Relation[];
  /** evidence sentences to put in the corpus, by article index */
  inject: Map<number, string[]>;
}

/**
 * Scale the network to `actorCount` actors and `relationCount` relations (real ones
 * included). Each synthetic relation's evidence is a sentence the corpus generator will
 * place in article `index` of `articleFiles`, so the build's quote check passes for real.
 */
export function syntheticNetwork(
  knowledge: KnowledgeFiles,
  options: { actorCount: number; relationCount: number; seed: number; articleFiles: readonly string[] },
): SyntheticNetwork {
  const random = createRandom(options.seed);
  const forge = new NameForge(random, reservedNames(knowledge));
  const actors = syntheticActors(forge, random, Math.max(0, options.actorCount - knowledge.actors.length));
  const everyone = [
    ...knowledge.actors.map((a) => ({ id: String(a.id), name: String(a.name) })),
    ...actors.map((a) => ({ id: a.id, name: a.name })),
  ];
  const types = Object.keys(RELATION_LABELS) as RelationType[];
  const relations: Relation[] = [];
  const inject = new Map<number, string[]>();
  const extra = Math.max(0, options.relationCount - knowledge.relations.length);
  if (extra > 0 && options.articleFiles.length === 0) throw new Error('syntheticNetwork: no article to hold the evidence');
  for (let i = 0; i < extra; i++) {
    // synthetic actors first: hubs emerge because the first ones are drawn more often
    const source = everyone[Math.floor(random.next() ** 1.6 * everyone.length)]!;
    let target = random.pick(everyone);
    while (target.id === source.id) target = random.pick(everyone);
    const type = random.pick(types);
    const label = RELATION_LABELS[type];
    const sentence = relationSentence(source.name, label, target.name);
    const index = i % options.articleFiles.length;
    inject.set(index, [...(inject.get(index) ?? []), sentence]);
    relations.push({
      id: `bench-relation-${i + 1}`,
      type,
      source: source.id,
      target: target.id,
      label,
      ...(random.chance(0.5) ? { date: `${random.int(2013, 2025)}` } : {}),
      evidence: [{ article: options.articleFiles[index]!, quote: sentence.replace(/\.$/, '') }],
    });
  }
  return { actors, relations, inject };
}

/** Real knowledge + synthetic terms and actors up to the given totals. */
export function scaleKnowledge(
  knowledge: KnowledgeFiles,
  options: { terms: number; actors: number; seed: number },
): KnowledgeFiles {
  const random = createRandom(options.seed);
  const forge = new NameForge(random, reservedNames(knowledge));
  const terms = syntheticTerms(forge, random, Math.max(0, options.terms - knowledge.glossary.length));
  const actors = syntheticActors(forge, random, Math.max(0, options.actors - knowledge.actors.length));
  return {
    ...knowledge,
    glossary: [...knowledge.glossary, ...(terms as unknown as Record<string, unknown>[])],
    actors: [...knowledge.actors, ...(actors as unknown as Record<string, unknown>[])],
  };
}
