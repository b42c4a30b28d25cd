// Interviews set each turn after its speaker's name: "Le Bulletin économique : Les annonces
// ont-elles changé la donne ?", "Sophie Marchetti : Elles ont clarifié…". A name that opens
// two turns of prose or more is a speaker's; the one whose turns are mostly questions is the
// interviewer's, and when that name is no person's it is the outlet's (French interviews name
// the publication that asks: « Les Echos : … »).
import { isPersonName, measure } from './features.ts';
import { matchRule } from './rules.ts';

export interface Speakers {
  /** every speaker's name, as written before the colon */
  names: Set<string>;
  /** the speaker who asks */
  interviewer?: string;
}

/** "Name : turn": a capitalised name of one to six words, a colon, then the turn. */
const TURN = /^(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+[\p{L}\p{N}'’&.-]+){0,5})\s*:\s+(\S.*)$/u;

/** The speaker's name and the turn, if the line opens with a name and a colon. */
export function turnOf(text: string): { name: string; turn: string } | undefined {
  const match = TURN.exec(text);
  if (!match) return undefined;
  return { name: match[1]!, turn: match[2]! };
}

export function readSpeakers(texts: string[]): Speakers {
  const turns = new Map<string, string[]>();
  for (const text of texts) {
    const turn = turnOf(text);
    // a turn is a sentence of prose; "Source : Insee, enquête annuelle" or "Photo : AFP" is a
    // label of furniture
    if (!turn || measure(turn.turn).words < 4 || !/[.!?…»”](?:\s*[»"”)])*$/u.test(turn.turn) || matchRule(text) || matchRule(`${turn.name} :`)) continue;
    turns.set(turn.name, [...(turns.get(turn.name) ?? []), turn.turn]);
  }
  const names = new Set([...turns].filter(([, said]) => said.length >= 2).map(([name]) => name));
  const speakers: Speakers = { names };
  const asks = (name: string) => {
    const said = turns.get(name)!;
    return said.filter((t) => /\?(?:\s*[»"”)])*$/u.test(t)).length / said.length;
  };
  const interviewer = [...names].filter((name) => asks(name) >= 0.5).sort((a, b) => asks(b) - asks(a))[0];
  if (interviewer) speakers.interviewer = interviewer;
  return speakers;
}

/** The outlet an interview names as the one who asks: its interviewer, when no person. */
export function askingOutlet(speakers: Speakers): string | undefined {
  const name = speakers.interviewer;
  return name && !isPersonName(name) && !GENERIC.test(name) ? name : undefined;
}

/** Names that are roles, not publications: "Question : … ? / Réponse : …", "Q : … / R : …". */
const GENERIC = /^(?:q|r|question|réponse|journaliste|intervieweur|intervieweuse|animateur|animatrice|modérateur|modératrice|le journaliste|la journaliste)$/iu;

/** A text without its speaker's name, when it opens with one. */
export function withoutSpeaker(text: string, speakers: Speakers): string {
  const turn = turnOf(text);
  return turn && speakers.names.has(turn.name) ? turn.turn : text;
}
