/**
 * Armed groups, militias and political movements the news names bare: "Hezbollah fired rockets", "Al-Shabaab
 * claimed the attack", "fighters from Hayat Tahrir al-Sham". The tagger, trained on 1996 wire copy, calls the unseen
 * ones persons ("Boko Haram" reads like a first and a family name), misses them at the start of a sentence, or runs
 * two of them into one span ("Islamic State and al-Qaeda"). A short list (data/entity-words.json `armedGroups`)
 * settles them as organizations, as CoNLL types the ones it has ("Hamas", "Hizbollah", "PKK", "Khmer Rouge": ORG).
 * A longer name that holds one ("Hamas Political Bureau") is left as the tagger found it. Parliaments named in their
 * own language (`legislatures`: "Dáil", "Sejm", "Lok Sabha") are such names too: the tagger reads the unseen ones as
 * places, the building for the body.
 */

import { type Candidate, candidate, coveredTokens } from './candidates.js';
import type { NerToken } from './features.js';
import { particleChain } from './hyphenated-names.js';
import { armedGroupHeads, armedGroups, legislatures } from './lexicon.js';
import { listedNameAt, nameList } from './listed-names.js';

/**
 * The listed groups and legislatures; the longest name has 7 tokens ("Hayat Tahrir al - Sham", "Tehrik - i - Taliban
 * Pakistan").
 */
const GROUPS = nameList(new Set([...armedGroups, ...legislatures]), 7);
const COORDINATORS = new Set(['and', 'or', ',', '&']);
const RULE = 'entities/known-group';

/**
 * Types each listed group's name as an organization: a candidate that is exactly the name is retyped, one the name
 * shares with a coordinated name ("Islamic State and al-Qaeda") is split at the coordinator, ones inside or across
 * the name ("Hayat Tahrir" + "Sham") give way to it, and an uncovered name is added. Returns all candidates, in order.
 */
export function knownGroupNames(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  const out = cands.map((c) => candidate(c));
  const owner = new Int32Array(tokens.length).fill(-1);
  out.forEach((c, k) => {
    owner.fill(k, c.first, c.last + 1);
  });
  const dropped = new Set<number>();
  /** Drops candidate `k` (if any) and adds `pieces` in its place, keeping `owner` current. */
  const replace = (k: number | undefined, pieces: Candidate[]): void => {
    if (k !== undefined) {
      dropped.add(k);
      const c = out[k]!;
      for (let j = c.first; j <= c.last; j++) if (owner[j] === k) owner[j] = -1;
    }
    for (const p of pieces) {
      owner.fill(out.length, p.first, p.last + 1);
      out.push(p);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const last = listedNameAt(GROUPS, tokens, i, text);
    if (last === undefined) continue;
    const group: Candidate = candidate({
      first: i,
      last,
      type: 'organization',
      form: 'name',
      rule: RULE,
      confidence: 0.85,
    });
    const touching = new Set<number>();
    for (let j = i; j <= last; j++) if (owner[j]! >= 0) touching.add(owner[j]!);
    const only = touching.size === 1 ? [...touching][0]! : undefined;
    const c = only === undefined ? undefined : out[only]!;
    if (c && c.form !== 'name') {
      i = last;
      continue;
    }
    if (c && c.first === i && c.last === last) {
      c.type = 'organization';
      c.rule = RULE;
      c.country = undefined;
      c.titles = undefined;
      i = last;
      continue;
    }
    if (c && c.first <= i && c.last >= last) {
      // A longer name that holds the group's ("Hamas Political Bureau") stays, unless a coordinator cuts it.
      const cutAfter = c.last > last + 1 && COORDINATORS.has(tokens[last + 1]!.text);
      const cutBefore = c.first < i - 1 && COORDINATORS.has(tokens[i - 1]!.text);
      if ((c.last > last && !cutAfter) || (c.first < i && !cutBefore)) {
        i = last;
        continue;
      }
      const pieces = [group];
      if (cutBefore) pieces.unshift(candidate({ ...c, last: i - 2 }));
      if (cutAfter) pieces.push(candidate({ ...c, first: last + 2 }));
      replace(only, pieces);
      i = last;
      continue;
    }
    // Candidates inside the name give way; ones across its edge keep their part outside it.
    for (const k of touching) {
      const t = out[k]!;
      const pieces: Candidate[] = [];
      if (t.first < i) pieces.push(candidate({ ...t, last: i - 1 }));
      if (t.last > last) pieces.push(candidate({ ...t, first: last + 1 }));
      replace(k, pieces);
    }
    replace(undefined, [group]);
    i = last;
  }
  return out.filter((_, k) => !dropped.has(k)).sort((a, b) => a.first - b.first);
}

/** Arabic articles and Urdu or Persian linking vowels inside such names: "al-Sharia", "Jaish-e-Mohammed". */
const NAME_PARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'an', 'e', 'i']);

/** Whether a particle links words among tokens from..last (not the last: a name ends in a word). */
function linked(tokens: readonly NerToken[], from: number, last: number): boolean {
  for (let i = from; i <= Math.min(last - 1, from + 3); i++) if (NAME_PARTICLES.has(tokens[i]!.text)) return true;
  return false;
}

/**
 * "Ansar al-Sharia", "Jaish al-Adl", "Lashkar-e-Taiba": a name that opens with a word for an army, a front, a
 * movement or supporters (`armedGroupHeads`) and links its next words with an Arabic article or an Urdu linking vowel
 * is a group, though the tagger reads it as a place or a person. "Ansar Abbasi", with no particle, stays as tagged.
 * Changed in place.
 */
export function groupHeadNames(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  let covered: Uint8Array | undefined;
  for (const c of cands) {
    // "Jamiat Ulema-e-Islam": an untagged head word right before the linked name opens it.
    const before = tokens[c.first - 1];
    if (
      c.form === 'name' &&
      before &&
      before.sentence === tokens[c.first]!.sentence &&
      armedGroupHeads.has(before.text)
    ) {
      covered ??= coveredTokens(cands, tokens.length);
      if (covered[c.first - 1] === 0 && linked(tokens, c.first, c.last)) c.first -= 1;
    }
    if (c.form !== 'name' || c.type === 'organization' || !armedGroupHeads.has(tokens[c.first]!.text)) continue;
    if (!linked(tokens, c.first + 1, c.last)) continue;
    c.type = 'organization';
    c.country = undefined;
    c.titles = undefined;
    c.rule = 'entities/group-head';
  }
}

/**
 * "Tehreek-e-Insaf", "Hizb-ut-Tahrir": the same names where the tagger tagged none of the words, a group's head word
 * glued by hyphens to a particle and a capitalized word. New candidates, in order with the others.
 */
export function untaggedGroupHeads(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  let covered: Uint8Array | undefined;
  let out: Candidate[] | undefined;
  for (let i = 0; i + 4 < tokens.length; i++) {
    if (!armedGroupHeads.has(tokens[i]!.text) || !particleChain(tokens, i)) continue;
    covered ??= coveredTokens(cands, tokens.length);
    let free = true;
    for (let k = i; k <= i + 4 && free; k++) free = covered[k] === 0;
    if (!free) continue;
    out ??= [...cands];
    out.push(
      candidate({
        first: i,
        last: i + 4,
        type: 'organization',
        form: 'name',
        rule: 'entities/group-head',
        confidence: 0.7,
      }),
    );
    i += 4;
  }
  return out ? out.sort((a, b) => a.first - b.first) : [...cands];
}

/**
 * "Pakistan Tehreek-e-Insaf", "Pakistan Tehreek-i-Insaf": a country's name right before such a group's name opens
 * it, though the tagger made it a place of its own. Not across a possessive or a comma ("Pakistan's Tehreek-e-Insaf"
 * keeps the country). Returns the candidates, the country gone into the group.
 */
export function countryLedGroups(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  let joined = false;
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k]!;
    const country = cands[k - 1]!;
    if (c.rule !== 'entities/group-head' || country.type !== 'country' || country.form !== 'name') continue;
    if (country.last !== c.first - 1 || tokens[country.last]!.sentence !== tokens[c.first]!.sentence) continue;
    c.first = country.first;
    country.last = -1;
    joined = true;
  }
  return joined ? cands.filter((c) => c.last >= c.first) : [...cands];
}
