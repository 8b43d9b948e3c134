import cues from '../../data/cues.json' with { type: 'json' };

/** One cue form ("said", "according to", "pointed out"): its lemma and how often it is a cue when it occurs. */
export interface CueEntry {
  words: number;
  lemma: string;
  precision: number;
  /** Times it was a gold cue in the training counts (0 for hand-curated entries). */
  support: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: CueEntry;
}

/** Forms the learned counts list but that are never a cue on their own (punctuation, prepositions). */
const MIN_SUPPORT = 3;

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
export function buildCueTrie(data: {
  learned: readonly (readonly [string, string, number, number])[];
  curated: readonly (readonly [string, string, number])[];
}): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const [form, lemma, cue, seen] of data.learned) {
    if (cue < MIN_SUPPORT || !/\p{L}/u.test(form)) continue;
    const words = form.split(' ').length;
    // Additive smoothing keeps a 3-of-3 form from looking certain.
    insert(root, form, { words, lemma, precision: cue / (seen + 1), support: cue });
  }
  for (const [form, lemma, precision] of data.curated) {
    insert(root, form, { words: form.split(' ').length, lemma, precision, support: 0 });
  }
  return root;
}

export const CUE_TRIE = buildCueTrie(
  cues as unknown as {
    learned: [string, string, number, number][];
    curated: [string, string, number][];
  },
);

/** Every entry that starts at `from` in `words` (lower-cased forms), shortest first. */
export function matchCues(root: TrieNode, words: readonly string[], from: number, to: number): CueEntry[] {
  const out: CueEntry[] = [];
  let node: TrieNode | undefined = root;
  for (let i = from; i < to && node; i++) {
    node = node.next.get(words[i]!);
    if (node?.entry) out.push(node.entry);
  }
  return out;
}
