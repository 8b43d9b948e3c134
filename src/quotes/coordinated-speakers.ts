/**
 * The entities a coordinated speaker phrase names: "Donald Trump and Mike Pence said …" is said by both, "The
 * United States and China said in a joint statement …" by both countries. The phrase is cut at "and", "&" and
 * commas outside names; a conjunct counts when a name (or a resolved pronoun) of a person, organization or country
 * is its head, so "Trump's spokesman and Pence" names only Pence and gives no coordination.
 */
import type { Mention } from '../types.js';
import type { QuoteContext } from './context.js';
import { firstReaching } from './mention-lookup.js';

const SPEAKER_TYPES = new Set(['person', 'organization', 'country']);
const CONJUNCTIONS = new Set(['and', '&']);
/** A comma before these opens a relative clause or an aside, which names no further speaker. */
const CLAUSE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'that', 'both', 'each', 'all']);

/**
 * The entity ids of the conjuncts of the speaker phrase over tokens [first, last], in order and without repeats,
 * or an empty list unless at least two distinct entities are coordinated by a conjunction.
 */
export function coordinatedEntities(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  first: number,
  last: number,
): string[] {
  const { words, tokens } = ctx;
  let conjoined = false;
  for (let i = first + 1; i < last && !conjoined; i++) conjoined = CONJUNCTIONS.has(words[i]!);
  if (!conjoined) return [];
  const inside = mentionsOver(mentions, tokens[first]!.start, tokens[last]!.end);
  const within = (i: number): boolean =>
    inside.some((m) => m.start < tokens[i]!.start && m.end > tokens[i]!.end && m.form === 'name');
  const ids: string[] = [];
  // Whether some "and" joins two named conjuncts: in "Jane Doe, co-founder and chief executive of Acme" it joins
  // two roles of one person, in "Commissioner for Information and Voter Education" two words of one title.
  let joined = false;
  let previous: string | undefined;
  let afterConjunction = false;
  let from = first;
  for (let i = first; i <= last + 1; i++) {
    const w = i <= last ? words[i]! : '';
    const boundary = i > last || ((CONJUNCTIONS.has(w) || w === ',') && !within(i));
    if (!boundary) continue;
    const id = i > from ? headEntity(ctx, inside, from, i - 1) : undefined;
    if (id !== undefined && !ids.includes(id)) ids.push(id);
    if (afterConjunction && id !== undefined && previous !== undefined && id !== previous) joined = true;
    afterConjunction = CONJUNCTIONS.has(w);
    // "Anna Berg, a lawyer, and Maria Lopez": an appositive between two names leaves the first one the conjunct.
    if (id !== undefined) previous = id;
    // "Anna Berg and Maria Lopez, who run the shelter": the clause after the comma names nobody who spoke.
    if (w === ',' && CLAUSE_OPENERS.has(words[i + 1] ?? '')) break;
    from = i + 1;
  }
  return joined && ids.length >= 2 ? ids : [];
}

function mentionsOver(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstReaching(mentions, start); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= end) break;
    if (m.start >= start && m.end <= end) out.push(m);
  }
  return out;
}

/**
 * The entity whose mention ends the conjunct [a, b] ("Senators Chuck Schumer", "the United States", "he"), when
 * nothing before the mention is a verb or a possessive.
 */
function headEntity(ctx: QuoteContext, inside: readonly Mention[], a: number, b: number): string | undefined {
  const end = ctx.tokens[b]!.end;
  const m = inside.find(
    (x) => x.end === end && SPEAKER_TYPES.has(x.type) && (x.form === 'name' || x.form === 'pronoun'),
  );
  if (!m) return undefined;
  for (let i = a; i <= b && ctx.tokens[i]!.end <= m.start; i++) {
    const pos = ctx.tokens[i]!.pos;
    // "chief executive of Acme Corp.": a name inside a prepositional phrase is no conjunct's head.
    if (pos === 'VERB' || pos === 'AUX' || pos === 'ADP' || ctx.words[i] === "'s") return undefined;
  }
  return m.entityId;
}
