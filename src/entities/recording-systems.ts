/**
 * "CCTV footage", "caught on CCTV", "CCTV cameras": the acronym of a camera system, no name. The same letters name
 * China's state broadcaster, which the tagger has in mind; the broadcaster is meant only where the sentence says so:
 * a word for a broadcaster or the media before it ("state broadcaster CCTV", "state television CCTV"), a verb of
 * reporting after it ("CCTV reported", "CCTV said"), or a news noun after it ("CCTV News", "a CCTV reporter" is
 * left to the tagger too). Acronyms so read are data (`recordingSystems`).
 */
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { mediaNouns, recordingSystems } from './lexicon.js';

/** Words before the acronym that make it the broadcaster. */
const BROADCASTER_WORDS = new Set([
  'broadcaster',
  'broadcasters',
  'television',
  'TV',
  'channel',
  'network',
  'media',
  'outlet',
  'reporter',
  'anchor',
]);
/** Verbs of reporting after the acronym. */
const REPORTING = new Set([
  'reported',
  'reports',
  'said',
  'says',
  'quoted',
  'cited',
  'aired',
  'broadcast',
  'announced',
]);
/** Words after the acronym that make it the broadcaster ("CCTV reporter", "CCTV anchor"). */
const STAFF = new Set(['reporter', 'reporters', 'correspondent', 'anchor', 'presenter', 'host']);
/** How many words before the acronym may say it is a broadcaster ("Chinese state broadcaster CCTV"). */
const REACH = 3;

function broadcaster(tokens: readonly NerToken[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - REACH && tokens[k]!.sentence === sentence; k--) {
    if (BROADCASTER_WORDS.has(tokens[k]!.text)) return true;
  }
  const next = tokens[i + 1];
  if (!next || next.sentence !== sentence) return false;
  return REPORTING.has(next.text) || STAFF.has(next.text) || mediaNouns.has(next.text.toLowerCase());
}

/** The candidates without the recording systems' acronyms that name no broadcaster. */
export function recordingSystemNames(cands: Candidate[], tokens: readonly NerToken[]): Candidate[] {
  return cands.filter(
    (c) =>
      c.form !== 'name' ||
      c.first !== c.last ||
      !recordingSystems.has(tokens[c.first]!.text) ||
      broadcaster(tokens, c.first),
  );
}
