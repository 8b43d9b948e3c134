/**
 * Attribution (quotation) scoring, the two ways ../shared/eval/README.md defines:
 *
 * - PolNeAR style: per role (content, cue, source) the unique predicted spans against the unique gold spans, exact
 *   and overlap P/R/F1. Content is the quote's fragments compared as a whole, cue is `quote.cue`, source is
 *   `quote.speaker.span`.
 * - Gender Gap Tracker style: a predicted quote matches a gold one when their shared characters over the gold
 *   content's length exceed 0.3 (also reported at 0.8); speaker accuracy over the matched quotes.
 */
import type { AnalyzedDocument, Quote } from '../types.js';
import type { ErrorExample } from './errors.js';
import type { GoldAttribution, GoldRecord } from './gold.js';
import {
  addCounts,
  type Counts,
  counts,
  exactScore,
  type Fragments,
  fragments,
  fragmentsLength,
  greedyMatch,
  overlapLength,
  overlapScore,
  overlapsAnyRegion,
  type Scores,
  scores,
  showFragments,
  uniqueFragments,
} from './match.js';

export const ROLES = ['content', 'cue', 'source'] as const;
export type Role = (typeof ROLES)[number];

/** The two Gender Gap Tracker thresholds. */
export const GGT_THRESHOLDS = [0.3, 0.8] as const;

export interface GgtCounts {
  /** Matched quotes out of predicted (P) and gold (R) quotes. */
  quotes: Counts;
  /** Matched quotes whose speaker is right: tp = right, pred = gold = matched quotes. */
  speaker: Counts;
  /** Recall on gold direct quotes and on the others (pred is unused). */
  direct: Counts;
  indirect: Counts;
}

export interface AttributionCounts {
  exact: Record<Role, Counts>;
  overlap: Record<Role, Counts>;
  /** Keyed by threshold: '0.3', '0.8'. */
  ggt: Record<string, GgtCounts>;
  errors: ErrorExample[];
}

export interface GgtScores {
  quotes: Scores;
  /** Share of matched quotes with the right speaker. */
  speakerAccuracy: number;
  directRecall: number;
  indirectRecall: number;
}

export interface AttributionScores {
  exact: Record<Role, Scores>;
  overlap: Record<Role, Scores>;
  ggt: Record<string, GgtScores>;
}

function perRole(): Record<Role, Counts> {
  return { content: counts(), cue: counts(), source: counts() };
}

function emptyGgt(): GgtCounts {
  return { quotes: counts(), speaker: counts(), direct: counts(), indirect: counts() };
}

export function emptyAttributionCounts(): AttributionCounts {
  const ggt: Record<string, GgtCounts> = {};
  for (const t of GGT_THRESHOLDS) ggt[String(t)] = emptyGgt();
  return { exact: perRole(), overlap: perRole(), ggt, errors: [] };
}

export function addAttributionCounts(into: AttributionCounts, c: AttributionCounts): AttributionCounts {
  for (const r of ROLES) {
    addCounts(into.exact[r], c.exact[r]);
    addCounts(into.overlap[r], c.overlap[r]);
  }
  for (const [t, g] of Object.entries(c.ggt)) {
    let to = into.ggt[t];
    if (to === undefined) {
      to = emptyGgt();
      into.ggt[t] = to;
    }
    addCounts(to.quotes, g.quotes);
    addCounts(to.speaker, g.speaker);
    addCounts(to.direct, g.direct);
    addCounts(to.indirect, g.indirect);
  }
  into.errors.push(...c.errors);
  return into;
}

function predictedRole(q: Quote, role: Role): readonly { start: number; end: number }[] {
  if (role === 'content') return q.content;
  if (role === 'cue') return q.cue ? [q.cue] : [];
  return q.speaker?.span ? [q.speaker.span] : [];
}

function goldRole(a: GoldAttribution, role: Role) {
  return a[role];
}

/** The last word of a resolved speaker name ("Ren Zhengfei" → "zhengfei"), lower-cased. */
export function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

function nameContainsSurname(name: string, gold: string): boolean {
  const last = surname(gold);
  if (last === '') return false;
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .includes(last);
}

/** Scores one document's quotes against its gold attributions. */
export function scoreAttribution(
  gold: Pick<GoldRecord, 'id' | 'text' | 'annotated_regions'> & { attributions?: readonly GoldAttribution[] },
  doc: Pick<AnalyzedDocument, 'quotes' | 'entities'>,
  thresholds: readonly number[] = GGT_THRESHOLDS,
): AttributionCounts {
  const { text } = gold;
  const regions = gold.annotated_regions;
  const attributions = gold.attributions ?? [];
  const quotes = doc.quotes.filter((q) => {
    if (!regions) return true;
    const f = fragments(text, q.content);
    return f.length === 0 || overlapsAnyRegion(f, regions);
  });
  const out = emptyAttributionCounts();
  out.ggt = {};
  const show = (f: Fragments) => ({ start: f[0]!.start, end: f[f.length - 1]!.end, text: showFragments(text, f) });

  // PolNeAR style: unique spans per role.
  for (const role of ROLES) {
    const preds = uniqueFragments(quotes.map((q) => fragments(text, predictedRole(q, role))));
    const golds = uniqueFragments(attributions.map((a) => fragments(text, goldRole(a, role))));
    const exact = greedyMatch(preds, golds, exactScore);
    const overlap = greedyMatch(preds, golds, overlapScore);
    out.exact[role] = counts(exact.length, preds.length, golds.length);
    out.overlap[role] = counts(overlap.length, preds.length, golds.length);
    const predHit = new Map(overlap.map((m) => [m.pred, m.gold]));
    const goldHit = new Set(overlap.map((m) => m.gold));
    preds.forEach((p, i) => {
      const g = predHit.get(i);
      if (g === undefined) out.errors.push({ doc: gold.id, kind: 'fp', label: role, ...show(p) });
      else if (exactScore(p, golds[g]!) === 0) {
        out.errors.push({
          doc: gold.id,
          kind: 'fp',
          label: `${role}:boundary`,
          ...show(p),
          note: `gold "${showFragments(text, golds[g]!)}"`,
        });
      }
    });
    golds.forEach((g, i) => {
      if (!goldHit.has(i)) out.errors.push({ doc: gold.id, kind: 'fn', label: role, ...show(g) });
    });
  }

  // Gender Gap Tracker style: quote-level matching by share of the gold content covered.
  const predContent = quotes.map((q) => fragments(text, q.content));
  const goldItems = attributions
    .map((a) => ({ a, f: fragments(text, a.content), source: fragments(text, a.source) }))
    .filter((g) => g.f.length > 0);
  const entityName = new Map(doc.entities.map((e) => [e.id, e.name]));
  for (const threshold of thresholds) {
    const pairs = greedyMatch(predContent, goldItems, (p, g) => {
      if (p.length === 0) return 0;
      const ratio = overlapLength(p, g.f) / fragmentsLength(g.f);
      return ratio > threshold ? ratio : 0;
    });
    let right = 0;
    for (const m of pairs) {
      const q = quotes[m.pred]!;
      const g = goldItems[m.gold]!;
      const span = q.speaker?.span ? fragments(text, [q.speaker.span]) : [];
      const bySpan = span.length > 0 && overlapLength(span, g.source) > 0;
      const name = q.speaker?.entityId ? entityName.get(q.speaker.entityId) : undefined;
      const byName = name !== undefined && g.a.speaker !== null && nameContainsSurname(name, g.a.speaker);
      if (bySpan || byName) right++;
    }
    const direct = counts();
    const indirect = counts();
    const matchedGold = new Set(pairs.map((m) => m.gold));
    goldItems.forEach((g, i) => {
      const c = g.a.direct ? direct : indirect;
      c.gold++;
      if (matchedGold.has(i)) c.tp++;
    });
    out.ggt[String(threshold)] = {
      quotes: counts(pairs.length, predContent.filter((p) => p.length > 0).length, goldItems.length),
      speaker: counts(right, pairs.length, pairs.length),
      direct,
      indirect,
    };
  }
  return out;
}

function mapRoles(by: Record<Role, Counts>): Record<Role, Scores> {
  return { content: scores(by.content), cue: scores(by.cue), source: scores(by.source) };
}

export function attributionScores(c: AttributionCounts): AttributionScores {
  const ggt: Record<string, GgtScores> = {};
  for (const [t, g] of Object.entries(c.ggt)) {
    ggt[t] = {
      quotes: scores(g.quotes),
      speakerAccuracy: g.speaker.pred === 0 ? 0 : g.speaker.tp / g.speaker.pred,
      directRecall: g.direct.gold === 0 ? 0 : g.direct.tp / g.direct.gold,
      indirectRecall: g.indirect.gold === 0 ? 0 : g.indirect.tp / g.indirect.gold,
    };
  }
  return { exact: mapRoles(c.exact), overlap: mapRoles(c.overlap), ggt };
}
