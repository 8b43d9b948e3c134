/**
 * "Alternative für Deutschland", "Petróleos Mexicanos", "Banco de la Nación": names of bodies in German, French,
 * Spanish, Portuguese or Italian open with a head word ("Banco", "Partido", "Institut") and link their words with
 * lower-case particles ("de", "für", "do"). The tagger, trained on English, splits them at the particle or reads a
 * two-word one as a person. A run from such a head (data/entity-words.json `foreignBodyHeads`) over capitalized
 * words and particles between them is one organization, unless a person holds part of it with a known given name.
 */
import { isCapitalizedWord, startsUpper } from '../text/letters.js';
import { type Candidate, candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { firstNames, foreignBodyHeads } from './lexicon.js';

/** Lower-case words that link the words of a foreign body's name. */
const LINKS = new Set([
  'de',
  'del',
  'de la',
  'des',
  'du',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'della',
  'für',
  'der',
  'y',
  'e',
  'et',
]);
/** How many tokens a run may take. */
const MAX_RUN = 8;

/** The last token of the name that opens with the head at `i`, or `i` when no name follows. */
function runEnd(tokens: readonly NerToken[], i: number): number {
  const sentence = tokens[i]!.sentence;
  let end = i;
  let k = i + 1;
  while (k < tokens.length && k - i < MAX_RUN && tokens[k]!.sentence === sentence) {
    const t = tokens[k]!;
    if (startsUpper(t.text) && isCapitalizedWord(t.text)) {
      end = k;
      k++;
      continue;
    }
    // "de la Nación": a particle, or two, then a capitalized word.
    const two = `${t.text} ${tokens[k + 1]?.text ?? ''}`;
    const width = LINKS.has(two) ? 2 : LINKS.has(t.text) ? 1 : 0;
    const after = tokens[k + width];
    if (width === 0 || !after || after.sentence !== sentence || !isCapitalizedWord(after.text)) break;
    k += width;
  }
  return end;
}

/** The candidates with each foreign body's name made one organization. */
export function foreignBodies(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (!foreignBodyHeads.has(head.text) || head.line !== 'n') continue;
    const end = runEnd(tokens, i);
    if (end === i) continue;
    const list = out ?? [...cands];
    const inside = list.filter((c) => c.last >= i && c.first <= end);
    // A person with a given name ("Frente" is no given name, "Marina Silva" after "Ministra" is) keeps the run apart,
    // and a name running on past the run or starting before it is left as the tagger has it.
    const blocked = inside.some(
      (c) =>
        c.first < i ||
        c.last > end ||
        (c.type === 'person' && firstNames.has(tokens[c.first]!.text.toLowerCase()) && c.first > i),
    );
    if (blocked) continue;
    out = list.filter((c) => !inside.includes(c));
    out.push(
      candidate({
        first: i,
        last: end,
        type: 'organization',
        form: 'name',
        rule: 'entities/foreign-body',
        confidence: 0.7,
      }),
    );
    out.sort((a, b) => a.first - b.first);
    i = end;
  }
  return out ?? [...cands];
}
