import synonyms from '../../data/claim-synonyms.json' with { type: 'json' };
import cues from '../../data/cues.json' with { type: 'json' };
import { detached } from '../text/detach.js';
import { hasLetter, isLetters } from '../text/letters.js';

/** One cue form ("said", "according to", "pointed out"): its lemma and how often it is a cue when it occurs. */
export interface CueEntry {
  words: number;
  lemma: string;
  precision: number;
  /** Times it was a gold cue in the training counts (0 for hand-curated entries). */
  support: number;
  /**
   * Counts by neighbouring word class: the lexicon's rows [form, class ("n:that", "p:PRON"), times a cue, times
   * seen] for this form, as parsed (turned into shifts when the entry is first scored; see shiftsOf).
   */
  context?: readonly ContextRow[];
}

type ContextRow = readonly [string, string, number, number];

interface ClassToken {
  pos?: string;
}

/**
 * The class of a cue's neighbour the lexicon keeps counts for: a few function words by form, punctuation and
 * quotation marks, else the part of speech. Shared by the learning script and the run-time scorer.
 */
export function neighbourClass(word: string | undefined, token: ClassToken | undefined): string {
  if (word === undefined || token === undefined) return 'END';
  if (word === 'that' || word === 'to' || word === 'of' || word === 'about' || word === 'for' || word === 'on')
    return word;
  if (word === ',' || word === ':' || word === '.' || word === '(' || word === '—') return word;
  if (word === '“' || word === '"' || word === "''" || word === "'" || word === '”' || word === '‘' || word === '’') {
    return 'Q';
  }
  return token.pos ?? 'X';
}

function logit(p: number): number {
  const q = Math.min(0.999, Math.max(0.001, p));
  return Math.log(q / (1 - q));
}

/**
 * How likely this occurrence of a cue form is a cue, given the classes of the words before and after it: the
 * form's rate, moved by how much each neighbour class changes it in the counts (shrunk toward the form's rate
 * when the class is rare), combined in log-odds.
 */
export function contextualPrecision(entry: CueEntry, prev: string, next: string): number {
  const base = entry.precision;
  if (!entry.context) return base;
  const s = shiftsOf(entry, entry.context);
  let l = s.base;
  const before = s.prev.get(prev);
  if (before !== undefined) l += before;
  const after = s.next.get(next);
  if (after !== undefined) l += after;
  return 1 / (1 + Math.exp(-l));
}

/** The log-odds of an entry's rate and how much each neighbour class moves it. */
interface Shifts {
  base: number;
  prev: Map<string, number>;
  next: Map<string, number>;
}

const shifts = new WeakMap<CueEntry, Shifts>();

/**
 * Computed once per entry (the same arithmetic as per occurrence, so the scores are identical): the scan scores
 * every cue-like word of every document, and building keys and logarithms there was most of its time.
 */
function shiftsOf(entry: CueEntry, context: readonly ContextRow[]): Shifts {
  let s = shifts.get(entry);
  if (!s) {
    const base = entry.precision;
    s = { base: logit(base), prev: new Map(), next: new Map() };
    for (const [, key, cue, seen] of context) {
      const p = (cue + 2 * base) / (seen + 2);
      const shift = logit(p) - logit(base);
      if (key.startsWith('p:')) s.prev.set(key.slice(2), shift);
      else if (key.startsWith('n:')) s.next.set(key.slice(2), shift);
    }
    shifts.set(entry, s);
  }
  return s;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: CueEntry;
}

/** Forms the learned counts list but that are never a cue on their own (punctuation, prepositions). */
const MIN_SUPPORT = 2;
const MIN_PRECISION = 0.08;

function insert(root: TrieNode, form: string, entry: CueEntry): void {
  let node = root;
  for (const word of form.split(' ')) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  if (!node.entry || node.entry.precision < entry.precision) node.entry = entry;
}

/** Builds the cue trie over lower-cased word forms. Built once at module load. */
export function buildCueTrie(data: CueCounts): TrieNode {
  const root: TrieNode = { next: new Map() };
  // The rows themselves, grouped by form: a map of counts per form (963 maps, 7,027 pairs) was the costliest part
  // of importing this module, and a document scores only the few forms it holds.
  const contexts = new Map<string, ContextRow[]>();
  for (const row of data.context ?? []) {
    const rows = contexts.get(row[0]);
    if (rows) rows.push(row);
    else contexts.set(row[0], [row]);
  }
  for (const [form, lemma, cue, seen] of data.learned) {
    // Forms that are almost never cues ("in", "of") could not pass any threshold: leaving them out keeps the
    // scan from stopping at every preposition.
    if (cue < MIN_SUPPORT || !hasLetter(form) || cue / (seen + 1) < MIN_PRECISION) continue;
    const words = form.split(' ').length;
    // Additive smoothing keeps a 3-of-3 form from looking certain.
    const entry: CueEntry = { words, lemma, precision: cue / (seen + 1), support: cue };
    const context = contexts.get(form);
    if (context) entry.context = context;
    insert(root, form, entry);
  }
  for (const [form, lemma, precision] of data.curated) {
    insert(root, form, { words: form.split(' ').length, lemma, precision, support: 0 });
  }
  return root;
}

/** The counts a cue lexicon is built from: the `learned`, `curated` and `context` rows of data/cues.json. */
export interface CueCounts {
  learned: readonly (readonly [string, string, number, number])[];
  curated: readonly (readonly [string, string, number])[];
  context?: readonly ContextRow[];
}

/**
 * What the cue finder reads counts from: the trie of forms and the per-lemma counts an unseen inflection backs off
 * to. The shipped one is built from data/cues.json; the scorer's training builds one per fold from counts that
 * leave that fold's documents out, so that a training candidate's precision is what an unseen document would get.
 */
export interface CueLexicon {
  readonly trie: TrieNode;
  /** Per lemma, summed over its one-word learned forms: [times a cue, times seen]. */
  readonly lemmaCounts: ReadonlyMap<string, readonly [number, number]>;
  /** backoffCue's answers by word (null: none). */
  readonly backoffCache: Map<string, CueEntry | null>;
}

/** A cue lexicon over the given counts (see CueLexicon). */
export function cueLexicon(data: CueCounts): CueLexicon {
  return { trie: buildCueTrie(data), lemmaCounts: lemmaCounts(data.learned), backoffCache: new Map() };
}

/** The counts of data/cues.json. */
export const SHIPPED_COUNTS = cues as unknown as Required<CueCounts>;

/** The lexicon of data/cues.json, the one every analysis uses. */
export const CUE_LEXICON = cueLexicon(SHIPPED_COUNTS);
export const CUE_TRIE = CUE_LEXICON.trie;

/** A lemma needs this many occurrences in the counts before its forms stand in for an unseen inflection. */
const BACKOFF_MIN_SEEN = 8;
const BACKOFF_MIN_PRECISION = 0.15;
/** An inflection never seen as a cue is less sure than the lemma's seen forms. */
const BACKOFF_DISCOUNT = 0.8;
const BACKOFF_CACHE_LIMIT = 50_000;

/** Per lemma, summed over its one-word learned forms: [times a cue, times seen]. */
function lemmaCounts(learned: readonly (readonly [string, string, number, number])[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const [form, lemma, cue, seen] of learned) {
    if (form.includes(' ') || !isLetters(form)) continue;
    const c = out.get(lemma) ?? [0, 0];
    c[0] += cue;
    c[1] += seen;
    out.set(lemma, c);
  }
  return out;
}

/** Times a lemma's forms must have been a cue right before "that" to count as taking a clause. */
const CLAUSAL_MIN = 3;
let clausalLemmas: Set<string> | undefined;

/**
 * Whether a cue lemma takes a clause as its content ("said that …", "shows that …"), from the training counts of
 * its forms before "that": "backed", "endorsed" and "criticized" take noun phrases.
 */
export function takesClause(lemma: string): boolean {
  if (!clausalLemmas) {
    const data = SHIPPED_COUNTS;
    const lemmaOf = new Map<string, string>();
    for (const [form, l] of data.learned) lemmaOf.set(form, l);
    const counts = new Map<string, number>();
    for (const [form, cls, cue] of data.context) {
      const l = cls === 'n:that' ? lemmaOf.get(form) : undefined;
      if (l !== undefined) counts.set(l, (counts.get(l) ?? 0) + cue);
    }
    clausalLemmas = new Set<string>();
    for (const [l, n] of counts) if (n >= CLAUSAL_MIN) clausalLemmas.add(l);
  }
  return clausalLemmas.has(lemma);
}

/** Nouns of writings that state things themselves: "The complaint states that …", "the memo notes that …". */
export const DOCUMENT_SUBJECTS = new Set<string>((cues as unknown as { documentSubjects: string[] }).documentSubjects);

/**
 * Nouns that name a proposition someone made or holds, each form with its lemma: "his claim that …", "Trump's
 * suggestion that …" (src/quotes/noun-clause.ts).
 */
export const CLAUSE_NOUNS = new Map<string, string>(
  (cues as unknown as { clauseNouns: [string, string][] }).clauseNouns,
);

/**
 * The base form of a cue lemma the counts left inflected: the learner lemmatized "claims", "notes", "reports" and
 * "slams" as nouns. Of the one-word lemma's base forms, the one the counts saw as a cue most often, when that is
 * more often than the lemma itself ("claims" → claim, "notes" → note, "states" → state); else the lemma.
 */
export function baseLemma(lemma: string): string {
  if (lemma.includes(' ') || !lemma.endsWith('s')) return lemma;
  let best = lemma;
  let most = CUE_LEXICON.lemmaCounts.get(lemma)?.[0] ?? 0;
  for (const base of baseForms(lemma)) {
    const gold = CUE_LEXICON.lemmaCounts.get(base)?.[0] ?? 0;
    if (base !== lemma && gold > most) {
      best = base;
      most = gold;
    }
  }
  return best;
}

/** Base forms a regular inflection may come from: "encouraging" → encourage, "disputes" → dispute. */
export function baseForms(w: string): string[] {
  const out = [w];
  const strip = (suffix: string) =>
    w.endsWith(suffix) && w.length > suffix.length + 2 ? w.slice(0, -suffix.length) : '';
  for (const [suffix, add] of [
    ['ies', 'y'],
    ['ied', 'y'],
    ['ing', ''],
    ['ing', 'e'],
    ['ed', ''],
    ['ed', 'e'],
    ['es', ''],
    ['s', ''],
  ] as const) {
    const stem = strip(suffix);
    if (!stem) continue;
    out.push(stem + add);
    // "referred" → refer, "spotting" → spot.
    const n = stem.length;
    if (add === '' && n > 2 && stem[n - 1] === stem[n - 2]) out.push(stem.slice(0, -1));
  }
  return out;
}

/**
 * A cue entry for a one-word form the lexicon never saw as a cue, from its lemma's counts over the forms it did
 * see ("encouraging" from "encourage", "encouraged"), discounted; undefined when no lemma is frequent and cue-like
 * enough.
 */
export function backoffCue(word: string, lexicon: CueLexicon = CUE_LEXICON): CueEntry | undefined {
  const { backoffCache } = lexicon;
  const cached = backoffCache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  let entry: CueEntry | null = null;
  for (const base of baseForms(word)) {
    const c = lexicon.lemmaCounts.get(base);
    if (!c || c[1] < BACKOFF_MIN_SEEN) continue;
    const precision = c[0] / (c[1] + 1);
    if (precision < BACKOFF_MIN_PRECISION) continue;
    entry = { words: 1, lemma: base, precision: precision * BACKOFF_DISCOUNT, support: 0 };
    break;
  }
  if (backoffCache.size >= BACKOFF_CACHE_LIMIT) backoffCache.clear();
  backoffCache.set(detached(word), entry);
  return entry ?? undefined;
}

/** Every entry that starts at `from` in `words` (lower-cased forms), shortest first, into `out` (cleared). */
export function matchCues(
  root: TrieNode,
  words: readonly string[],
  from: number,
  to: number,
  out: CueEntry[] = [],
): CueEntry[] {
  out.length = 0;
  let node: TrieNode | undefined = root;
  for (let i = from; i < to && node; i++) {
    node = node.next.get(words[i]!);
    if (node?.entry) out.push(node.entry);
  }
  return out;
}

/**
 * Verbs of change (data/claim-synonyms.json `directions`): "declined 27%", "fell to $182" say how an amount moved.
 * "Decline" is a cue too ("declined to comment"), so an amount right after it decides.
 */
export const CHANGE_LEMMAS: ReadonlySet<string> = new Set([...synonyms.directions.up, ...synonyms.directions.down]);

/**
 * Cue lemmas whose whole content may be a word standing for a clause ("she said yes", "most voters think so"), and
 * those words (src/quotes/pro-form.ts).
 */
export const PRO_FORM_CUES = new Set<string>((cues as unknown as { proFormCues: string[] }).proFormCues);
export const PRO_FORMS = new Set<string>((cues as unknown as { proForms: string[] }).proForms);

/** Labels of an interviewer's turn in a Q&A transcript ("Q:", "Question:"): the outlet asks, no named speaker. */
export const QUESTION_LABELS = new Set<string>((cues as unknown as { questionLabels: string[] }).questionLabels);
/** Labels of the interviewee's turn in a Q&A transcript ("A:", "Answer:"). */
export const ANSWER_LABELS = new Set<string>((cues as unknown as { answerLabels: string[] }).answerLabels);
/**
 * Head nouns of a source that holds figures or records rather than reporting them ("according to LSEG data",
 * "according to a filing with the SEC"): such a source attributes a fact, and is no outlet of the quotes it holds.
 */
export const DATA_SOURCES = new Set<string>((cues as unknown as { dataSources: string[] }).dataSources);
