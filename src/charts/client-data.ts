// Data shape where the components meet the browser scripts: what ActorNetwork.astro writes
// into <script type="application/json" data-network> for src/client/network.ts. Links are
// already resolved (under the site's base path), so the browser never builds a URL.
import type { ActorKind, RelationType } from '../model/knowledge.ts';

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
    since: number;
    evidence: ClientEvidence[];
  }>;
  /** which actors each curated event involves: choosing an event highlights them */
  events: Array<{ id: string; title: string; actors: string[] }>;
}
