/**
 * News outlets whose name is an everyday word after "The": "told the Guardian", "according to the Independent",
 * "the Observer reported". The tagger, which reads "Guardian" or "Mirror" after a lower-case "the" as a common noun
 * capitalized, often leaves them untagged, and then no quote is given to the outlet that heard it. A name that,
 * with "The" before it, is a known outlet (data/article.json `newsOutlets`) is one where the sentence is about
 * telling or reporting: a verb of telling before "the" ("told", "spoke to", "an interview with", "writing in") or a
 * verb of reporting after the name ("reported", "said"). "Across the Atlantic", "the Sun rose" and "on the Hill"
 * stay what they are.
 */
import { NEWS_OUTLETS } from '../article/lexicon.js';
import { startsUpper } from '../text/letters.js';
import { type Candidate, candidate, coveredTokens } from './candidates.js';
import type { NerToken } from './features.js';

/** Words of telling or writing that may stand before "the" (past one link word: "spoke to the", "writing in the"). */
const TELLING = new Set([
  'told',
  'tell',
  'tells',
  'telling',
  'according',
  'interview',
  'interviews',
  'spoke',
  'speaking',
  'talking',
  'talked',
  'wrote',
  'writing',
  'statement',
]);
const LINKS = new Set(['to', 'with', 'in', 'for']);
/** Verbs of reporting right after the outlet's name. */
const REPORTING = new Set([
  'reported',
  'reports',
  'said',
  'says',
  'wrote',
  'revealed',
  'published',
  'quoted',
  'cited',
  'obtained',
  'learned',
  'learnt',
]);
/** The longest outlet name after "The", in tokens ("The Times of India"). */
const MAX_TOKENS = 4;

/**
 * The first words of the outlets named with "The" ("Guardian" of "The Guardian", "Times" of "The Times of India"):
 * a name can only be one of them if its first token is one of these, so most capitalized words after "the" are
 * settled without building the longer names.
 */
const OUTLET_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...NEWS_OUTLETS].filter((o) => o.startsWith('The ')).map((o) => o.slice(4).split(' ')[0]!),
);

/** The last token of the known outlet written from `first` after a lower-case "the", or -1. */
function outletAt(tokens: readonly NerToken[], first: number): number {
  if (!OUTLET_FIRST_WORDS.has(tokens[first]!.text)) return -1;
  let name = '';
  let found = -1;
  for (let k = first; k < tokens.length && k < first + MAX_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[first]!.sentence || (k > first && t.start !== tokens[k - 1]!.end + 1)) break;
    name = k === first ? t.text : `${name} ${t.text}`;
    // The name ends there: "the National Guard" is no outlet "The National".
    const next = tokens[k + 1];
    const ends = !next || next.sentence !== t.sentence || !startsUpper(next.text);
    if (startsUpper(t.text) && ends && NEWS_OUTLETS.has(`The ${name}`)) found = k;
  }
  return found;
}

function toldBefore(tokens: readonly NerToken[], the: number): boolean {
  const before = tokens[the - 1];
  if (!before || before.sentence !== tokens[the]!.sentence) return false;
  if (TELLING.has(before.text.toLowerCase())) return true;
  const verb = tokens[the - 2];
  return LINKS.has(before.text) && verb !== undefined && TELLING.has(verb.text.toLowerCase());
}

/**
 * Adds an organization candidate for each known outlet so written that no candidate covers, and retypes one the
 * tagger typed a place or a person over exactly its words ("an interview with the Observer"). In order.
 */
export function knownOutletNames(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  let covered: Uint8Array | undefined;
  let out: Candidate[] | undefined;
  for (let i = 1; i + 1 < tokens.length; i++) {
    // "told the Globe and Mail", and "The Globe and Mail reported" opening a sentence.
    const the = tokens[i]!.text === 'the' || (tokens[i]!.text === 'The' && tokens[i]!.sentenceStart);
    if (!the || tokens[i]!.line !== 'n' || !startsUpper(tokens[i + 1]!.text)) continue;
    const first = i + 1;
    const last = outletAt(tokens, first);
    if (last < 0) continue;
    const after = tokens[last + 1];
    const reported = after !== undefined && after.sentence === tokens[last]!.sentence && REPORTING.has(after.text);
    if (!reported && !toldBefore(tokens, i)) continue;
    covered ??= coveredTokens(cands, tokens.length);
    out ??= [...cands];
    const exact = out.findIndex((c) => c.first === first && c.last === last && c.form === 'name');
    if (exact >= 0) {
      const c = out[exact]!;
      if (c.type !== 'organization') {
        out[exact] = candidate({ ...c, type: 'organization', rule: 'entities/known-outlet', country: undefined });
      }
    } else {
      // "the Globe and Mail" tagged "Globe": names lying wholly inside the outlet's words give way to it.
      const inside = out.filter((c) => c.first <= last && c.last >= first);
      const within = inside.length > 0 && inside.every((c) => c.first >= first && c.last <= last && c.form === 'name');
      if (within) {
        out = out.filter((c) => !inside.includes(c));
        for (const c of inside) for (let k = c.first; k <= c.last; k++) covered[k] = 0;
      }
      let free = true;
      for (let k = first; k <= last && free; k++) free = covered[k] === 0;
      if (free) {
        out.push(
          candidate({
            first,
            last,
            type: 'organization',
            form: 'name',
            rule: 'entities/known-outlet',
            confidence: 0.8,
          }),
        );
      }
    }
    i = last;
  }
  return out ? out.sort((a, b) => a.first - b.first) : [...cands];
}
