import { startsCapitalized } from '../text/letters.js';
/**
 * Names the text itself calls a person: "A spokesman for the Sudanese army, Nabil Abdallah, told …", "A Northwind
 * spokesperson, Jordan Reyes, said …", "The UN's humanitarian coordinator for Sudan, Clementine Nkweta-Salami, said
 * …". The phrase before the appositive is headed by a person noun, so the name between the commas is a person's,
 * whatever the tagger made of it ("Jordan" is a country too; "Salami" alone was called a place).
 */
import { type Candidate, candidate } from './candidates.js';
import { hasUpper, type NerToken } from './features.js';
import { spills } from './headed-runs.js';
import { countryByName, organizationHeadWords, personNouns } from './lexicon.js';

/** Words that end the head noun phrase of the describing phrase ("spokesman" of "a spokesman for the army"). */
const HEAD_ENDS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'to', 'on']);
/** How far back the describing phrase may start, in tokens. */
const REACH = 12;
/** Most words a person's name in the appositive has. */
const MAX_NAME_WORDS = 4;

/** The head noun of the comma-free phrase ending right before the comma at `comma`, lower-cased, or undefined. */
function describingHead(tokens: readonly NerToken[], comma: number): string | undefined {
  const sentence = tokens[comma]!.sentence;
  let start = comma - 1;
  while (
    start > 0 &&
    comma - start < REACH &&
    tokens[start - 1]!.sentence === sentence &&
    tokens[start - 1]!.text !== ','
  )
    start--;
  let head: NerToken | undefined;
  for (let i = start; i < comma; i++) {
    const t = tokens[i]!;
    if (HEAD_ENDS.has(t.text)) break;
    head = t;
  }
  if (!head || hasUpper(head.text.charAt(0)) || head.pos !== 'NOUN') return undefined;
  return head.text.toLowerCase();
}

/** The last token of the name opening at `i` when it closes with a comma, or -1. */
function nameBeforeComma(tokens: readonly NerToken[], i: number): number {
  const sentence = tokens[i]!.sentence;
  let words = 0;
  let k = i;
  for (; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.text === ',') break;
    // "Nkweta-Salami": a hyphen glued to both neighbours joins one family name.
    const glued = t.text === '-' && k > i && tokens[k - 1]!.end === t.start && tokens[k + 1]?.start === t.end;
    if (glued) continue;
    if (!startsCapitalized(t.text) || organizationHeadWords.has(t.text.toLowerCase())) return -1;
    if (k === i || tokens[k - 1]!.text !== '-') words++;
  }
  if (tokens[k]?.text !== ',' || words < 2 || words > MAX_NAME_WORDS) return -1;
  return k - 1;
}

/**
 * Replaces the candidates inside each such appositive name with one person candidate. Returns the candidates in
 * order.
 */
export function describedPersons(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  // Candidates by token, and replacements applied once at the end: a scan of the whole list per appositive was
  // quadratic in a long text.
  const owner: (Candidate | undefined)[] = new Array(tokens.length);
  for (const c of cands) for (let i = c.first; i <= c.last; i++) owner[i] = c;
  const removed = new Set<Candidate>();
  const added: Candidate[] = [];
  for (let comma = 1; comma + 1 < tokens.length; comma++) {
    if (tokens[comma]!.text !== ',' || !hasUpper(tokens[comma + 1]!.text.charAt(0))) continue;
    const last = nameBeforeComma(tokens, comma + 1);
    if (last < 0) continue;
    const head = describingHead(tokens, comma);
    if (!head || !personNouns.has(head)) continue;
    const first = comma + 1;
    if (countryByName.has(text.slice(tokens[first]!.start, tokens[last]!.end))) continue;
    const inside = new Set<Candidate>();
    for (let i = first; i <= last; i++) if (owner[i]) inside.add(owner[i]!);
    if (spills(inside, first, last)) continue;
    // A person found there already keeps its own bounds ("Brigadier General" stays its title).
    if ([...inside].some((c) => c.type === 'person')) continue;
    const person: Candidate = candidate({
      first,
      last,
      type: 'person',
      form: 'name',
      rule: 'entities/described-person',
      confidence: 0.75,
    });
    for (const c of inside) removed.add(c);
    for (let i = first; i <= last; i++) owner[i] = person;
    added.push(person);
    comma = last;
  }
  if (added.length === 0) return [...cands];
  return [...cands, ...added].filter((c) => !removed.has(c)).sort((a, b) => a.first - b.first);
}
