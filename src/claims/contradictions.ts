import type { Polarity, Stance, TextSpan } from '../types.js';
import type { Change } from './content-words.js';

/** What the contradiction finder needs to know of a claim, in graph terms (node ids). */
export interface ClaimFacts {
  nodeId: string;
  /** The claimant's node id (or normalized name): a speaker is not set against themself. */
  claimantKey: string;
  polarity: Polarity;
  stance: Stance;
  hedged: boolean;
  aboutNodeIds: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  /** The stance of the earlier claim this one calls false ("the allegations" denied: an allegation), if it does. */
  rebuts?: Stance | undefined;
  /** How the statement says an amount moved ("funding rose": funding up), if it says. */
  change?: Change | undefined;
  evidence: TextSpan[];
}

type EvidenceSpan = ClaimFacts['evidence'][number];

export interface Contradiction {
  from: string;
  to: string;
  /** Shared about-entities plus shared content stems. */
  overlap: number;
  confidence: number;
  label: string;
}

/** Two claims must share this many about-entities, or one entity and this many content stems. */
const MIN_SHARED_ENTITIES = 2;
const MIN_SHARED_STEMS = 2;
/** Claims that share no about-entity must share this many content stems, and this share of the shorter's stems. */
const MIN_STEMS_ALONE = 3;
const STEM_SHARE_ALONE = 0.75;
/** Claims sharing an entity are compared with their next WINDOW neighbours in text order, so cost stays linear. */
const WINDOW = 64;
/** At most this many contradiction candidates per claim, the strongest first. */
const MAX_PER_CLAIM = 3;

/**
 * Contradiction candidates, conservatively: two claims by different claimants, sharing at least one
 * about-entity (or, both about nothing named, most of their content stems), whose effective polarities differ (a
 * denial flips its statement: "Huawei denied its products are used for spying" says the opposite of "its products
 * are used for spying"; so does an opposite change of the same amount: "Cho cut school funding" against "school
 * funding rose"), and which share either two
 * about-entities or one and two content stems (names excluded, so an entity is not counted twice). Claims
 * whose evidence overlaps (one quote nested in another) are not compared, a hedged claim needs a shared
 * content stem, and questions assert nothing.
 * Only pairs that share an about-entity or a stem and lie within WINDOW claims of each other (among those
 * sharing it) are compared, so a book-length input stays linear.
 */
export function findContradictions(claims: readonly ClaimFacts[]): Contradiction[] {
  const byAbout = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const a of c.aboutNodeIds) {
      const list = byAbout.get(a) ?? [];
      list.push(i);
      byAbout.set(a, list);
    }
    // Claims about no named thing ("the vaccine is safe for children") meet through their content stems.
    if (c.aboutNodeIds.size > 0) return;
    for (const st of c.stems) {
      const key = `stem:${st}`;
      const list = byAbout.get(key) ?? [];
      list.push(i);
      byAbout.set(key, list);
    }
  });
  const seen = new Set<string>();
  const out: Contradiction[] = [];
  for (const list of byAbout.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length && y <= x + WINDOW; y++) {
        const a = claims[list[x]!]!;
        const b = claims[list[y]!]!;
        const key = `${a.nodeId}\u0000${b.nodeId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const found = compare(a, b);
        if (found) out.push(found);
      }
    }
  }
  // The strongest few per claim: a long text that repeats itself must not yield a quadratic number of edges.
  out.sort((p, q) => q.overlap - p.overlap || p.from.localeCompare(q.from) || p.to.localeCompare(q.to));
  const degree = new Map<string, number>();
  const kept = out.filter((c) => {
    const a = degree.get(c.from) ?? 0;
    const b = degree.get(c.to) ?? 0;
    if (a >= MAX_PER_CLAIM || b >= MAX_PER_CLAIM) return false;
    degree.set(c.from, a + 1);
    degree.set(c.to, b + 1);
    return true;
  });
  return kept.sort((p, q) => p.from.localeCompare(q.from) || p.to.localeCompare(q.to));
}

/** How many claims back a rebuttal looks for the claim it calls false. */
const REBUTTAL_REACH = 12;

/**
 * Rebuttals of an earlier claim: "Cho's office called the claim flatly untrue" stands against the nearest claim
 * before it, by someone else: one by whoever the rebuttal names ("Trump's claim"), else one made with the stance
 * its noun names (a claim or an allegation: an alleging claim; a report or the figures: a reporting one), else
 * the nearest. Claims are in text order.
 */
export function findRebuttals(claims: readonly ClaimFacts[]): Contradiction[] {
  const out: Contradiction[] = [];
  claims.forEach((b, i) => {
    if (b.rebuts === undefined) return;
    let named: ClaimFacts | undefined;
    let sameStance: ClaimFacts | undefined;
    let nearest: ClaimFacts | undefined;
    for (let j = i - 1; j >= 0 && i - j <= REBUTTAL_REACH; j--) {
      const a = claims[j]!;
      if (a.claimantKey === b.claimantKey || a.stance === 'questions' || a.rebuts !== undefined) continue;
      // "Trump's claim", "her statement": a claim of the one the rebuttal names comes first.
      if (b.aboutNodeIds.has(a.claimantKey)) {
        named = a;
        break;
      }
      if (a.stance === b.rebuts) sameStance ??= a;
      nearest ??= a;
    }
    const a = named ?? sameStance ?? nearest;
    if (a === undefined) return;
    const confidence = named ? 0.7 : sameStance ? 0.6 : 0.4;
    out.push({ from: a.nodeId, to: b.nodeId, overlap: 0, confidence, label: 'rebuttal' });
  });
  return out;
}

function effective(c: ClaimFacts): Polarity {
  if (c.stance !== 'denies') return c.polarity;
  return c.polarity === 'negative' ? 'positive' : 'negative';
}

function compare(a: ClaimFacts, b: ClaimFacts): Contradiction | undefined {
  if (a.claimantKey === b.claimantKey || a.stance === 'questions' || b.stance === 'questions') return undefined;
  // "Cho cut school funding" against "school funding rose": opposite changes of one amount say opposite things.
  const turned =
    a.change !== undefined &&
    b.change !== undefined &&
    a.change.amount === b.change.amount &&
    a.change.direction !== b.change.direction;
  if ((effective(a) === effective(b)) !== turned) return undefined;
  let about = 0;
  for (const id of a.aboutNodeIds) if (b.aboutNodeIds.has(id)) about++;
  let stems = 0;
  for (const s of a.stems) if (b.stems.has(s)) stems++;
  const overlap = about + stems;
  // With no shared named thing, the claims must share most of their content: "the vaccine is safe for children"
  // against "the vaccine is not safe for children".
  const shorter = Math.min(a.stems.size, b.stems.size);
  const sameContent = stems >= MIN_STEMS_ALONE && stems >= STEM_SHARE_ALONE * shorter;
  if (about === 0 ? !sameContent : about < MIN_SHARED_ENTITIES && stems < MIN_SHARED_STEMS) return undefined;
  // "X may consider a ban" stands against nothing on shared names alone.
  if ((a.hedged || b.hedged) && stems === 0) return undefined;
  const denial = a.stance === 'denies' || b.stance === 'denies';
  // A quote nested in another is one statement, unless it is the same words denied ("X said Y, which Z denied").
  const nested = (x: EvidenceSpan, y: EvidenceSpan) => x.doc === y.doc && x.start < y.end && y.start < x.end;
  const same = (x: EvidenceSpan, y: EvidenceSpan) => x.doc === y.doc && x.start === y.start && x.end === y.end;
  if (a.evidence.some((x) => b.evidence.some((y) => nested(x, y) && !(denial && same(x, y))))) return undefined;
  return {
    from: a.nodeId,
    to: b.nodeId,
    overlap,
    confidence: about === 0 ? Math.min(0.6, 0.1 + 0.1 * stems) : Math.min(0.8, 0.2 + 0.1 * overlap),
    label: denial ? 'denial vs statement' : turned ? 'opposite change' : 'opposite polarity',
  };
}
