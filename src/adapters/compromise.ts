/**
 * The only file that imports compromise. Used offline (by scripts/build-gazetteers.ts) to read compromise's word
 * lists through its model API; never run over article text at run time (it is about 13x slower than wink).
 * compromise's lexicon is process-wide and mutable: this file only reads it.
 */
import nlp from 'compromise';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
}

function model(): CompromiseModel {
  return (nlp as unknown as { model(): CompromiseModel }).model();
}

/** compromise's lexicon as tag → sorted words (multi-word entries included, lower case as compromise keeps them). */
export function lexiconByTag(): Map<string, string[]> {
  const byTag = new Map<string, string[]>();
  for (const [word, tags] of Object.entries(model().one.lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const list = byTag.get(tag);
      if (list) list.push(word);
      else byTag.set(tag, [word]);
    }
  }
  for (const list of byTag.values()) list.sort();
  return byTag;
}

/** Words that end organization names ("bank", "agency", "airlines") in compromise's model. */
export function organizationWords(): string[] {
  return Object.keys(model().two.orgWords ?? {}).sort();
}

/** Words that end place names ("bay", "island", "county") in compromise's model. */
export function placeWords(): string[] {
  return Object.keys(model().two.placeWords ?? {}).sort();
}

/**
 * The compromise peer the benchmark compares against (never used by the pipeline): a full parse, then its
 * people, organizations and places.
 */
export function compromiseBaseline(text: string): { people: number; organizations: number; places: number } {
  const doc = nlp(text);
  return {
    people: doc.people().length,
    organizations: doc.organizations().length,
    places: doc.places().length,
  };
}
