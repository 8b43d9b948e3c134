import synonyms from '../../data/claim-synonyms.json' with { type: 'json' };
import hedges from '../../data/hedges.json' with { type: 'json' };
import stances from '../../data/stances.json' with { type: 'json' };
import type { Stance } from '../types.js';

/** Cue lemma → stance, built once from data/stances.json. */
export const STANCE_BY_LEMMA: ReadonlyMap<string, Stance> = new Map(
  Object.entries(stances.stances).flatMap(([stance, lemmas]) => lemmas.map((l) => [l, stance as Stance] as const)),
);
/** Nouns that refer back to an earlier claim ("the allegation", "the figures") → the stance that claim was made with. */
export const CLAIM_NOUNS: ReadonlyMap<string, Stance> = new Map(
  Object.entries(stances.claimNouns).flatMap(([stance, nouns]) => nouns.map((n) => [n, stance as Stance] as const)),
);
/** Words that call a claim false ("baseless", "a lie"). */
export const VERDICT_WORDS: ReadonlySet<string> = new Set(stances.verdictWords);
export const FUTURE_MARKERS: ReadonlySet<string> = new Set(stances.futureMarkers);
export const HEDGE_WORDS: ReadonlySet<string> = new Set(hedges.hedgeWords);
export const HEDGE_CUE_LEMMAS: ReadonlySet<string> = new Set(hedges.hedgeCueLemmas);
export const NEGATION_WORDS: ReadonlySet<string> = new Set(hedges.negationWords);
export const NEGATION_SUFFIXES: readonly string[] = hedges.negationSuffixes;
/** Fixed phrases that start with a negation word but do not negate ("not only", "no doubt"). */
export const NOT_NEGATING: readonly (readonly string[])[] = hedges.notNegating;
export const SUBORDINATORS: ReadonlySet<string> = new Set(hedges.subordinators);

/** Function words left out of content-word overlap (besides negation and hedge words). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but of to in on at by for from with about as into over under than then that this these those ' +
    "it its it’s it's he him his she her hers they them their we us our i me my you your be is are was were been being " +
    'have has had do does did will would shall should can could may might must also very any all some such own so ' +
    'there here what which who whom whose when where why how if not no never said says say ' +
    'myself ourselves himself herself itself themselves yourself one ones'
  ).split(' '),
);

/** Lemmas too general to show two statements share a topic ("use", "make"). */
export const GENERIC_LEMMAS: ReadonlySet<string> = new Set(
  'be have do use make get take give go come say tell also other new last first year time people thing way'.split(' '),
);

/** Lemma of a verb of change → its direction ("rise" up, "cut" down), from data/claim-synonyms.json. */
export const DIRECTION_BY_LEMMA: ReadonlyMap<string, 'up' | 'down'> = new Map([
  ...synonyms.directions.up.map((l) => [l, 'up'] as const),
  ...synonyms.directions.down.map((l) => [l, 'down'] as const),
]);

/** Lemma (or "verb particle") → its synonym group, tagged with "~" so a group never equals a Porter stem. */
export const SYNONYM_GROUP: ReadonlyMap<string, string> = new Map(
  Object.entries(synonyms.groups).flatMap(([group, lemmas]) => lemmas.map((l) => [l, `~${group}`] as const)),
);
