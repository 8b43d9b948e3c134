/**
 * Broadcast programmes: "Fox News Sunday", "Face the Nation", "Morning Joe". Their names are made of words that are
 * names on their own, so the tagger cuts them ("Fox News" and no "Sunday", "Nation", "Joe" a person). A short list
 * (data/entity-words.json `broadcastShows`) names each one whole, as an organization: the show speaks for its
 * network in attributions ("told Fox News Sunday").
 */
import { Initials } from '../text/initials.js';
import { type Candidate, candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { broadcastShows } from './lexicon.js';

/** Each show's words, by its first word. */
const showsByFirst = new Map<string, string[][]>();
for (const show of broadcastShows) {
  const ws = show.split(' ');
  const list = showsByFirst.get(ws[0]!) ?? [];
  list.push(ws);
  showsByFirst.set(ws[0]!, list);
}
for (const list of showsByFirst.values()) list.sort((a, b) => b.length - a.length);
const SHOW_INITIALS = new Initials(showsByFirst.keys());

/** The token count of the longest show name written from token `i` in one sentence, one space apart, or 0. */
function showAt(tokens: readonly NerToken[], i: number): number {
  // Asked at every token, nearly always in vain: no empty list is made for a miss.
  if (!SHOW_INITIALS.mayBe(tokens[i]!.text)) return 0;
  const shows = showsByFirst.get(tokens[i]!.text);
  if (shows === undefined) return 0;
  for (const ws of shows) {
    let k = 1;
    for (; k < ws.length; k++) {
      const t = tokens[i + k];
      const prev = tokens[i + k - 1]!;
      if (!t || t.text !== ws[k] || t.sentence !== prev.sentence || t.start !== prev.end + 1) break;
    }
    if (k === ws.length) return k;
  }
  return 0;
}

/**
 * Replaces the candidates inside each show name written in the text with one for the whole name; a candidate that
 * runs into it keeps its words outside ("CBS" of a tagged "CBS Face"). Returns the candidates, in order.
 */
export function showNames(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const shows: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = showAt(tokens, i);
    if (n === 0) continue;
    shows.push(
      candidate({
        first: i,
        last: i + n - 1,
        type: 'organization',
        form: 'name',
        rule: 'entities/show',
        confidence: 0.8,
      }),
    );
    i += n - 1;
  }
  if (shows.length === 0) return [...cands];
  const out: Candidate[] = [...shows];
  for (const c of cands) {
    const show = shows.find((s) => c.first <= s.last && c.last >= s.first);
    if (!show) out.push(c);
    else if (c.first < show.first) out.push(candidate({ ...c, last: show.first - 1 }));
    else if (c.last > show.last) out.push(candidate({ ...c, first: show.last + 1 }));
  }
  return out.sort((a, b) => a.first - b.first);
}
