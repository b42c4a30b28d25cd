// Data shape where the build meets the browser scripts: what src/client/network.ts fetches
// from /reseau/figure.json (src/pages/reseau/figure.json.ts) beside the drawing. One static
// file rather than a copy in each page: the pages that show the network stay light, and the
// file is cached once for all of them. Links are already resolved (under the site's base path),
// so the browser never builds a URL.
import type { ActorKind, RelationType } from '../model/knowledge.ts';
import { relationSentence, type Figures } from './figures.ts';
import { kindStyles, relationStyles } from './vocabulary.ts';
import { routes } from '../lib/paths.ts';

export interface ClientEvidence {
  href: string;
  quote: string;
  title: string;
}

export interface NetworkClientData {
  actors: Array<{ id: string; name: string; kind: ActorKind; kindLabel: string; country: string; description: string; href: string; aliases: string[] }>;
  relations: Array<{
    id: string;
    source: string;
    target: string;
    type: RelationType;
    typeLabel: string;
    label: string;
    /** the relation as a sentence: "<lead><source> <middle><target>" */
    phrase: { lead: string; source: string; middle: string; target: string };
    /** when it held or happened: "en avril 2014, selon Clubic" */
    time: string;
    /** the relation as one sentence with its time, what a line says on hover */
    sentence: string;
    since: number;
    evidence: ClientEvidence[];
  }>;
  /** which actors each curated event involves: choosing an event highlights them */
  events: Array<{ id: string; title: string; actors: string[] }>;
}

/** The network's script data, from the same figures the drawing is made of. */
export function networkClientData({ actors, relations, events }: Pick<Figures, 'actors' | 'relations' | 'events'>): NetworkClientData {
  return {
    actors: actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      kindLabel: kindStyles[a.kind].singular,
      country: a.country,
      description: a.description,
      href: routes.actor(a.id),
      aliases: a.aliases,
    })),
    relations: relations.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      typeLabel: relationStyles[r.type].label,
      label: r.label,
      phrase: r.phrase,
      time: r.time.text,
      sentence: `${relationSentence(r.phrase)} (${r.time.text})`,
      since: r.since,
      evidence: r.evidence.map((e) => ({ href: routes.sentence(e.article, e.sentence), quote: e.quote, title: e.title })),
    })),
    events: events.map((e) => ({ id: e.id, title: e.title, actors: e.actors })),
  };
}
