/**
 * "Interstate 95", "Route 1", "Highway 101", "State Route 9": a numbered road is a place, named with its number. The
 * tagger typed the road word alone as an organization ("Interstate") or saw nothing.
 */

import { Initials } from '../text/initials.js';
import { type Candidate, candidate } from './candidates.js';
import type { NerToken } from './features.js';

const ROAD_WORDS = new Set(['Interstate', 'Route', 'Highway', 'Motorway', 'Freeway', 'Expressway']);
const ROAD_INITIALS = new Initials(ROAD_WORDS);
const ROAD_NUMBER = /^\d{1,4}[A-Z]?$/;

/** Returns the candidates with each numbered road one place (changed in place, or added). */
export function numberedRoads(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const byRoadWord = new Map<number, Candidate>();
  for (const c of cands) if (c.form === 'name' && ROAD_WORDS.has(tokens[c.last]!.text)) byRoadWord.set(c.last, c);
  const added: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const road = tokens[i]!;
    const number = tokens[i + 1]!;
    if (
      !ROAD_INITIALS.mayBe(road.text) ||
      !ROAD_WORDS.has(road.text) ||
      !ROAD_NUMBER.test(number.text) ||
      number.start !== road.end + 1
    )
      continue;
    if (number.sentence !== road.sentence) continue;
    const c = byRoadWord.get(i);
    if (c) {
      c.last = i + 1;
      c.type = 'location';
      c.rule = 'entities/numbered-road';
      c.titles = undefined;
      c.country = undefined;
    } else if (!cands.some((x) => x.first <= i + 1 && x.last >= i)) {
      added.push(
        candidate({
          first: i,
          last: i + 1,
          type: 'location',
          form: 'name',
          rule: 'entities/numbered-road',
          confidence: 0.8,
        }),
      );
    }
  }
  return added.length === 0 ? [...cands] : [...cands, ...added].sort((a, b) => a.first - b.first);
}
