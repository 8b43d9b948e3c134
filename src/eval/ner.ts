/**
 * Named-entity scoring against CoNLL-style gold, as ../shared/eval/README.md defines it: predictions are the
 * document's `form: 'name'` mentions mapped to PER/ORG/LOC; exact span and type is a true positive; gold MISC is not
 * scored (so a prediction on a MISC span is a false positive); also span-only and overlap-plus-type figures.
 */
import type { AnalyzedDocument, EntityType } from '../types.js';
import type { ErrorExample } from './errors.js';
import type { GoldEntity, GoldRecord } from './gold.js';
import {
  addCounts,
  type Counts,
  counts,
  exactScore,
  type Fragments,
  fragments,
  greedyMatch,
  overlapScore,
  overlapsAnyRegion,
  type Scores,
  scores,
  showFragments,
} from './match.js';

export const NER_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type NerType = (typeof NER_TYPES)[number];

const TYPE_OF: Record<EntityType, NerType> = {
  person: 'PER',
  organization: 'ORG',
  country: 'LOC',
  location: 'LOC',
};

export interface NerCounts {
  /** Exact span and type, per type. */
  exact: Record<NerType, Counts>;
  /** Overlapping span and same type, per type (the headline figure for MEANTIME's whole-noun-phrase gold). */
  overlap: Record<NerType, Counts>;
  /** Exact span, any type. */
  spanOnly: Counts;
  errors: ErrorExample[];
}

export interface NerScores {
  perType: Record<NerType, Scores>;
  micro: Scores;
  overlapPerType: Record<NerType, Scores>;
  overlapMicro: Scores;
  spanOnly: Scores;
}

interface Item {
  type: NerType;
  f: Fragments;
}

function perType(): Record<NerType, Counts> {
  return { PER: counts(), ORG: counts(), LOC: counts() };
}

export function emptyNerCounts(): NerCounts {
  return { exact: perType(), overlap: perType(), spanOnly: counts(), errors: [] };
}

export function addNerCounts(into: NerCounts, c: NerCounts): NerCounts {
  for (const t of NER_TYPES) {
    addCounts(into.exact[t], c.exact[t]);
    addCounts(into.overlap[t], c.overlap[t]);
  }
  addCounts(into.spanOnly, c.spanOnly);
  into.errors.push(...c.errors);
  return into;
}

function typedCounts(preds: readonly Item[], golds: readonly Item[], matched: readonly { pred: number }[]) {
  const out = perType();
  for (const p of preds) out[p.type].pred++;
  for (const g of golds) out[g.type].gold++;
  for (const m of matched) out[preds[m.pred]!.type].tp++;
  return out;
}

/** Scores one document's name mentions against its gold entities. */
export function scoreNer(
  gold: Pick<GoldRecord, 'id' | 'text' | 'annotated_regions'> & { entities?: readonly GoldEntity[] },
  doc: Pick<AnalyzedDocument, 'mentions'>,
): NerCounts {
  const { text } = gold;
  const regions = gold.annotated_regions;
  const preds: Item[] = [];
  for (const m of doc.mentions) {
    if (m.form !== 'name') continue;
    const type = TYPE_OF[m.type];
    if (type === undefined) continue;
    const f = fragments(text, [m]);
    if (f.length === 0) continue;
    if (regions && !overlapsAnyRegion(f, regions)) continue;
    preds.push({ type, f });
  }
  const golds: Item[] = [];
  const misc: Fragments[] = [];
  for (const e of gold.entities ?? []) {
    const f = fragments(text, [e]);
    if (f.length === 0) continue;
    if (e.type === 'MISC') misc.push(f);
    else golds.push({ type: e.type, f });
  }

  const sameType = (score: (a: Fragments, b: Fragments) => number) => (p: Item, g: Item) =>
    p.type === g.type ? score(p.f, g.f) : 0;
  const exact = greedyMatch(preds, golds, sameType(exactScore));
  const overlap = greedyMatch(preds, golds, sameType(overlapScore));
  const spanOnly = greedyMatch(preds, golds, (p, g) => exactScore(p.f, g.f));

  const errors: ErrorExample[] = [];
  const predHit = new Set(exact.map((m) => m.pred));
  const goldHit = new Set(exact.map((m) => m.gold));
  const near = (f: Fragments, others: readonly Item[], extra: readonly Fragments[] = []) => {
    const notes = others.filter((o) => overlapScore(f, o.f) > 0).map((o) => `${o.type} "${showFragments(text, o.f)}"`);
    for (const m of extra) if (overlapScore(f, m) > 0) notes.push(`MISC "${showFragments(text, m)}"`);
    return notes.join('; ');
  };
  preds.forEach((p, i) => {
    if (predHit.has(i)) return;
    const note = near(p.f, golds, misc);
    errors.push(example(gold.id, 'fp', p, text, note ? `gold ${note}` : ''));
  });
  golds.forEach((g, i) => {
    if (goldHit.has(i)) return;
    const note = near(g.f, preds);
    errors.push(example(gold.id, 'fn', g, text, note ? `predicted ${note}` : ''));
  });

  return {
    exact: typedCounts(preds, golds, exact),
    overlap: typedCounts(preds, golds, overlap),
    spanOnly: counts(spanOnly.length, preds.length, golds.length),
    errors,
  };
}

function example(doc: string, kind: 'fp' | 'fn', item: Item, text: string, note: string): ErrorExample {
  const first = item.f[0]!;
  const last = item.f[item.f.length - 1]!;
  const e: ErrorExample = {
    doc,
    kind,
    label: item.type,
    start: first.start,
    end: last.end,
    text: showFragments(text, item.f),
  };
  if (note) e.note = note;
  return e;
}

function micro(by: Record<NerType, Counts>): Counts {
  const c = counts();
  for (const t of NER_TYPES) addCounts(c, by[t]);
  return c;
}

function mapTypes(by: Record<NerType, Counts>): Record<NerType, Scores> {
  return { PER: scores(by.PER), ORG: scores(by.ORG), LOC: scores(by.LOC) };
}

/** P/R/F1 per type and micro-averaged over PER, ORG and LOC, exact and overlap, plus span-only. */
export function nerScores(c: NerCounts): NerScores {
  return {
    perType: mapTypes(c.exact),
    micro: scores(micro(c.exact)),
    overlapPerType: mapTypes(c.overlap),
    overlapMicro: scores(micro(c.overlap)),
    spanOnly: scores(c.spanOnly),
  };
}
