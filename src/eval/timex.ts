/**
 * Temporal-expression scoring, TempEval-3 style as ../shared/eval/README.md defines it: relaxed (spans overlap),
 * strict (same span), and value F1 (relaxed matches whose TIMEX3 value is equal, over predicted for P and gold for R).
 * Predictions on `timex_ignore` spans (the dateline, which is the DCT) and outside `annotated_regions` are ignored.
 */
import type { AnalyzedDocument } from '../types.js';
import type { ErrorExample } from './errors.js';
import type { GoldRecord, GoldTimex } from './gold.js';
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

export interface TimexCounts {
  strict: Counts;
  relaxed: Counts;
  /** Relaxed matches whose value is equal. */
  value: Counts;
  /** Relaxed matches whose type (date/time/duration/set) is equal. */
  type: Counts;
  errors: ErrorExample[];
}

export interface TimexScores {
  strict: Scores;
  relaxed: Scores;
  value: Scores;
  type: Scores;
}

export function emptyTimexCounts(): TimexCounts {
  return { strict: counts(), relaxed: counts(), value: counts(), type: counts(), errors: [] };
}

export function addTimexCounts(into: TimexCounts, c: TimexCounts): TimexCounts {
  addCounts(into.strict, c.strict);
  addCounts(into.relaxed, c.relaxed);
  addCounts(into.value, c.value);
  addCounts(into.type, c.type);
  into.errors.push(...c.errors);
  return into;
}

interface Item {
  f: Fragments;
  value: string;
  type: string;
}

/** Scores one document's dates against its gold timexes. */
export function scoreTimex(
  gold: Pick<GoldRecord, 'id' | 'text' | 'annotated_regions' | 'timex_ignore'> & { timexes?: readonly GoldTimex[] },
  doc: Pick<AnalyzedDocument, 'dates'>,
): TimexCounts {
  const { text } = gold;
  const regions = gold.annotated_regions;
  const ignore = (gold.timex_ignore ?? []).map((s) => fragments(text, [s])).filter((f) => f.length > 0);
  const preds: Item[] = [];
  for (const d of doc.dates) {
    const f = fragments(text, [d]);
    if (f.length === 0) continue;
    if (regions && !overlapsAnyRegion(f, regions)) continue;
    if (ignore.some((i) => overlapScore(f, i) > 0)) continue;
    preds.push({ f, value: d.value, type: d.type.toUpperCase() });
  }
  const golds: Item[] = [];
  for (const t of gold.timexes ?? []) {
    const f = fragments(text, [t]);
    if (f.length > 0) golds.push({ f, value: t.value, type: t.type.toUpperCase() });
  }

  const strict = greedyMatch(preds, golds, (p, g) => exactScore(p.f, g.f));
  const relaxed = greedyMatch(preds, golds, (p, g) => overlapScore(p.f, g.f));
  const sameValue = relaxed.filter((m) => preds[m.pred]!.value === golds[m.gold]!.value).length;
  const sameType = relaxed.filter((m) => preds[m.pred]!.type === golds[m.gold]!.type).length;

  const errors: ErrorExample[] = [];
  const predHit = new Map(relaxed.map((m) => [m.pred, m.gold]));
  const goldHit = new Map(relaxed.map((m) => [m.gold, m.pred]));
  const span = (f: Fragments) => ({ start: f[0]!.start, end: f[f.length - 1]!.end, text: showFragments(text, f) });
  preds.forEach((p, i) => {
    const g = predHit.get(i);
    if (g === undefined) errors.push({ doc: gold.id, kind: 'fp', label: 'span', ...span(p.f), note: p.value });
    else if (golds[g]!.value !== p.value) {
      const gv = golds[g]!;
      errors.push({
        doc: gold.id,
        kind: 'fp',
        label: 'value',
        ...span(p.f),
        note: `predicted ${p.value}, gold ${gv.value} "${showFragments(text, gv.f)}"`,
      });
    }
  });
  golds.forEach((g, i) => {
    if (!goldHit.has(i)) errors.push({ doc: gold.id, kind: 'fn', label: 'span', ...span(g.f), note: g.value });
  });

  return {
    strict: counts(strict.length, preds.length, golds.length),
    relaxed: counts(relaxed.length, preds.length, golds.length),
    value: counts(sameValue, preds.length, golds.length),
    type: counts(sameType, preds.length, golds.length),
    errors,
  };
}

export function timexScores(c: TimexCounts): TimexScores {
  return { strict: scores(c.strict), relaxed: scores(c.relaxed), value: scores(c.value), type: scores(c.type) };
}
