/**
 * Token features for the name tagger. Static features (word, shape, affixes, neighbours, gazetteers, line case,
 * document-level evidence) are computed once per token; the tagger adds the previous-tag features while decoding.
 */

import { detached } from '../text/detach.js';
import { hasUpperLetter, startsCapitalized } from '../text/letters.js';
import { lowerCase } from '../text/lower-case.js';
import { pairPrefix } from './feature-index.js';
import {
  commonWords,
  countryByDemonym,
  countryByName,
  firstNames,
  gazetteerPhrases,
  gazetteerPrefixes,
  honorificGender,
  lastNames,
  maxPhraseTokens,
  organizationHeadWords,
  placeHeadWords,
  titleFirstWords,
} from './lexicon.js';
import type { CompiledModel } from './model.js';
import { Rows } from './rows.js';

/** One token as the tagger sees it. */
export interface NerToken {
  text: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
  /** First token of its sentence. */
  sentenceStart: boolean;
  /** Index of the sentence; neighbour features never cross it. */
  sentence: number;
  /** How the token's line is cased: 'n' normal prose, 'u' all upper case, 't' title case (a headline). */
  line: 'n' | 'u' | 't';
}

/** Whether `s` has an upper-case letter (ASCII fast path; the regex only for other scripts). */
export function hasUpper(s: string): boolean {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 127) ascii = false;
  }
  return !ascii && hasUpperLetter(s);
}

/** "Huawei" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d", "McDonald" → "XxXx". */
export function shortShape(s: string): string {
  let out = '';
  let last = '';
  for (const ch of s) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function longShape(s: string): string {
  if (s.length > 8) return `${shortShape(s)}+`;
  let out = '';
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') out += 'd';
    else if (ch.toLowerCase() !== ch) out += 'X';
    else if (ch.toUpperCase() !== ch) out += 'x';
    else out += ch;
  }
  return out;
}

/** Per-document evidence: how each lower-cased word is written elsewhere in the document. */
export interface DocEvidence {
  /** Written in lower case somewhere. */
  lower: Set<string>;
  /** Written capitalized, not sentence-initially, in a prose line. */
  capitalMid: Set<string>;
  /** Written right after a known first name or an honorific ("Phil Simmons" anchors "Simmons"). */
  afterFirstName: Set<string>;
  /** Written next to another capitalized word (part of a multi-word name somewhere). */
  inCapitalRun: Set<string>;
}

export function docEvidence(tokens: readonly NerToken[]): DocEvidence {
  const lower = new Set<string>();
  const capitalMid = new Set<string>();
  const afterFirstName = new Set<string>();
  const inCapitalRun = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const first = t.text.charAt(0);
    if (first >= 'a' && first <= 'z') lower.add(t.text);
    else if (hasUpper(first)) {
      const w = lowerCase(t.text);
      if (t.line === 'n' && !t.sentenceStart) capitalMid.add(w);
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (prev && prev.sentence === t.sentence && hasUpper(prev.text.charAt(0))) {
        inCapitalRun.add(w);
        const pw = lowerCase(prev.text);
        if (firstNames.has(pw) || honorificGender.has(prev.text)) afterFirstName.add(w);
      }
      if (next && next.sentence === t.sentence && hasUpper(next.text.charAt(0))) inCapitalRun.add(w);
    }
  }
  return { lower, capitalMid, afterFirstName, inCapitalRun };
}

/** Gazetteer phrase matches: for each token, 'B'/'I' + class of the longest phrase covering it. */
function gazetteerTags(tokens: readonly NerToken[], lw: readonly string[]): string[] {
  const tags = new Array<string>(tokens.length).fill('');
  for (let i = 0; i < tokens.length; i++) {
    if (!hasUpper(tokens[i]!.text.charAt(0))) continue;
    let key = '';
    let best = 0;
    let cls = '';
    for (let k = 0; k < maxPhraseTokens && i + k < tokens.length; k++) {
      if (k > 0 && tokens[i + k]!.sentence !== tokens[i]!.sentence) break;
      key = k === 0 ? lw[i]! : `${key} ${lw[i + k]}`;
      const c = gazetteerPhrases.get(key);
      if (c !== undefined) {
        best = k + 1;
        cls = c;
      }
      // No phrase goes on from here, so no longer key can match.
      if (!gazetteerPrefixes.has(key)) break;
    }
    if (best > 0 && tags[i] === '') {
      for (let k = 0; k < best; k++) if (tags[i + k] === '') tags[i + k] = (k === 0 ? 'B' : 'I') + cls;
    }
  }
  return tags;
}

const BOUNDARY = '<s>';

/** Per-document arrays the features of one token are read from; built once per document. */
export interface FeatureContext {
  tokens: readonly NerToken[];
  lw: string[];
  /** Short shapes, filled in lazily (only scored tokens and their neighbours need one). */
  shapes: (string | undefined)[];
  /** Per token, the run-time scorer's cached facts about its text (filled lazily, see fastScorer). */
  infos: (TextInfo | undefined)[];
  evidence: DocEvidence;
  gaz: string[];
}

export function featureContext(tokens: readonly NerToken[], evidence = docEvidence(tokens)): FeatureContext {
  const lw = tokens.map((t) => lowerCase(t.text));
  const shapes = new Array<string | undefined>(tokens.length);
  const infos = new Array<TextInfo | undefined>(tokens.length);
  return { tokens, lw, shapes, infos, evidence, gaz: gazetteerTags(tokens, lw) };
}

/** Short shapes by text, across documents: shortShape walks code points with case conversions, and words recur. */
const shapeCache = new Map<string, string>();
const SHAPE_CACHE_LIMIT = 50_000;

function shapeAt(ctx: FeatureContext, k: number): string {
  let s = ctx.shapes[k];
  if (s === undefined) {
    const text = ctx.tokens[k]!.text;
    s = shapeCache.get(text);
    if (s === undefined) {
      s = shortShape(text);
      if (shapeCache.size >= SHAPE_CACHE_LIMIT) shapeCache.clear();
      shapeCache.set(detached(text), s);
    }
    ctx.shapes[k] = s;
  }
  return s;
}

function within(ctx: FeatureContext, k: number, sentence: number): boolean {
  return k >= 0 && k < ctx.tokens.length && ctx.tokens[k]!.sentence === sentence;
}

/**
 * Static features of token `i`, as strings. Computed lazily: the tagger asks only for the tokens it scores (those
 * with a capital letter, or inside a name), about a fifth of all tokens.
 */
export function tokenFeatures(ctx: FeatureContext, i: number): string[] {
  const { tokens, lw, evidence, gaz } = ctx;
  const t = tokens[i]!;
  const shape = shapeAt(ctx, i);
  const w = lw[i]!;
  const s = t.sentence;
  const b1 = within(ctx, i - 1, s) ? i - 1 : -1;
  const b2 = within(ctx, i - 2, s) ? i - 2 : -1;
  const a1 = within(ctx, i + 1, s) ? i + 1 : -1;
  const a2 = within(ctx, i + 2, s) ? i + 2 : -1;
  const wb1 = b1 < 0 ? BOUNDARY : lw[b1]!;
  const wa1 = a1 < 0 ? BOUNDARY : lw[a1]!;
  const f: string[] = [
    'b',
    `w=${w}`,
    `sh=${shape}`,
    `ls=${longShape(t.text)}`,
    `p=${t.pos}`,
    `s2=${w.slice(-2)}`,
    `s3=${w.slice(-3)}`,
    `s4=${w.slice(-4)}`,
    `p2=${w.slice(0, 2)}`,
    `p3=${w.slice(0, 3)}`,
    `w-1=${wb1}`,
    `w+1=${wa1}`,
    `w-2=${b2 < 0 ? BOUNDARY : lw[b2]!}`,
    `w+2=${a2 < 0 ? BOUNDARY : lw[a2]!}`,
    `w-1w=${wb1}|${w}`,
    `ww+1=${w}|${wa1}`,
    `sh-1=${b1 < 0 ? BOUNDARY : shapeAt(ctx, b1)}|${shape}`,
    `sh+1=${shape}|${a1 < 0 ? BOUNDARY : shapeAt(ctx, a1)}`,
    `p-1=${b1 < 0 ? BOUNDARY : tokens[b1]!.pos}`,
    `p+1=${a1 < 0 ? BOUNDARY : tokens[a1]!.pos}`,
    `ln=${t.line}`,
    `ln|sh=${t.line}|${shape}`,
  ];
  if (t.sentenceStart) f.push('init', `init|w=${w}`);
  if (t.line !== 'n') f.push(`ln|w=${t.line}|${w}`);
  const g = gaz[i]!;
  if (g !== '') f.push(`g=${g}`, `g|ln=${g}|${t.line}`);
  if (countryByName.has(t.text)) f.push('ctry');
  if (countryByDemonym.has(t.text)) f.push('dem');
  if (firstNames.has(w)) f.push('fn');
  if (lastNames.has(w)) f.push('lnm');
  if (organizationHeadWords.has(w)) f.push('orgw');
  if (placeHeadWords.has(w)) f.push('plcw');
  if (titleFirstWords.has(t.text)) f.push('title');
  if (commonWords.has(w)) f.push('cw');
  if (a1 >= 0 && organizationHeadWords.has(lw[a1]!) && hasUpper(tokens[a1]!.text)) f.push('nx-orgw');
  if (a1 >= 0 && firstNames.has(w) && startsCapitalized(tokens[a1]!.text)) f.push('fn-cap');
  if (b1 >= 0 && titleFirstWords.has(tokens[b1]!.text)) f.push('pv-title');
  if (hasUpper(t.text)) {
    if (evidence.lower.has(w)) f.push('doc-lower');
    if (evidence.capitalMid.has(w)) f.push('doc-cap');
    const solo = a1 < 0 || !hasUpper(tokens[a1]!.text.charAt(0));
    const alone = solo && (b1 < 0 || !hasUpper(tokens[b1]!.text.charAt(0)));
    if (evidence.afterFirstName.has(w)) f.push(alone ? 'doc-fn-anchor|alone' : 'doc-fn-anchor');
    else if (alone) f.push(evidence.inCapitalRun.has(w) ? 'alone|run' : 'alone|solo');
    if (t.line !== 'n' || t.sentenceStart) {
      f.push(`doc2=${evidence.lower.has(w) ? 'l' : ''}${evidence.capitalMid.has(w) ? 'c' : ''}|${t.line}`);
    }
  }
  return f;
}

/**
 * Run-time scoring of exactly the features `tokenFeatures` and `dynamicFeatures` list, without building their
 * strings: values are looked up per template (see CompiledModel), and the features that depend on the token's
 * text alone are summed once per distinct text and cached. Weights are float32 hundredths below 80 in magnitude,
 * and a token has a few dozen features, so every partial sum is exact in float64: the order of addition cannot
 * change a score, and the scores equal those of the string path bit for bit.
 */
export interface FastScorer {
  /** Fills `scores` with the scores of token `i` given the two previous tags. */
  score(ctx: FeatureContext, i: number, prev: number, prev2: number, scores: Float64Array): void;
}

/** Texts (and lower-cased words) the scorer keeps facts for, a few hundred bytes each; past this the cache starts over. */
const WORD_CACHE_LIMIT = 20_000;

export function fastScorer(model: CompiledModel, tags: readonly string[]): FastScorer {
  const { table } = model;
  const n = tags.length;
  const flags = model.lookup('');
  const flag = (name: string): number => flags.get(name) ?? -1;
  const fBias = flag('b');
  const fCtry = flag('ctry');
  const fDem = flag('dem');
  const fFn = flag('fn');
  const fLnm = flag('lnm');
  const fOrgw = flag('orgw');
  const fPlcw = flag('plcw');
  const fTitle = flag('title');
  const fCw = flag('cw');
  const fInit = flag('init');
  const fNxOrgw = flag('nx-orgw');
  const fFnCap = flag('fn-cap');
  const fPvTitle = flag('pv-title');
  const fDocLower = flag('doc-lower');
  const fDocCap = flag('doc-cap');
  const fAnchorAlone = flag('doc-fn-anchor|alone');
  const fAnchor = flag('doc-fn-anchor');
  const fAloneRun = flag('alone|run');
  const fAloneSolo = flag('alone|solo');
  const tW = model.lookup('w');
  const tSh = model.lookup('sh');
  const tLs = model.lookup('ls');
  const tS2 = model.lookup('s2');
  const tS3 = model.lookup('s3');
  const tS4 = model.lookup('s4');
  const tP2 = model.lookup('p2');
  const tP3 = model.lookup('p3');
  const tP = model.lookup('p');
  const tWm1 = model.lookup('w-1');
  const tWp1 = model.lookup('w+1');
  const tWm2 = model.lookup('w-2');
  const tWp2 = model.lookup('w+2');
  const pWm1w = model.lookup('w-1w');
  const pWwp1 = model.lookup('ww+1');
  const pShm1 = model.lookup('sh-1');
  const pShp1 = model.lookup('sh+1');
  const tPm1 = model.lookup('p-1');
  const tPp1 = model.lookup('p+1');
  const tLn = model.lookup('ln');
  const pLnSh = model.lookup('ln|sh');
  const tInitW = model.lookup('init|w');
  const pLnW = model.lookup('ln|w');
  const tG = model.lookup('g');
  const pGLn = model.lookup('g|ln');
  const tDoc2 = model.lookup('doc2');
  // doc2's offsets by evidence, (lower ? 2 : 0) + (capitalMid ? 1 : 0), then by line kind: the value string was
  // built and hashed for every token scored at a line or sentence start.
  const doc2 = [0, 1, 2, 3].map((e) =>
    LINES.map((line) => tDoc2.get(`${e & 2 ? 'l' : ''}${e & 1 ? 'c' : ''}|${line}`)),
  );
  // Previous-tag features, per tag index: T-1=a, T-2=b|a, T-1w=a|word, T-1ln=a|line.
  const tT1 = model.lookup('T-1');
  const pT2 = model.lookup('T-2');
  const pT1w = model.lookup('T-1w');
  const pT1ln = model.lookup('T-1ln');
  const t1 = tags.map((a) => tT1.get(a) ?? -1);
  const t2 = tags.map((b) => tags.map((a) => pT2.pair(b, a) ?? -1));
  const t1ln = tags.map((a) => LINES.map((line) => pT1ln.pair(a, line) ?? -1));
  const tagPrefix = tags.map(pairPrefix);

  const sum = new Float64Array(n);
  const add = (at: number | undefined): void => {
    if (at === undefined || at < 0) return;
    for (let k = 0; k < n; k++) sum[k]! += table[at + k]!;
  };
  /** Sums of the features of a token that depend on its text alone, one row per scored text. */
  const ownRows = new Rows((length) => new Float64Array(length), n);
  /** Writes into `info` the sum of the features of a token that depend on its text alone. */
  const ownOf = (info: TextInfo, text: string, w: string): void => {
    const shape = info.shape;
    sum.fill(0);
    add(fBias);
    add(tW.get(w));
    add(tSh.get(shape));
    add(tLs.get(longShape(text)));
    add(tS2.get(w.slice(-2)));
    add(tS3.get(w.slice(-3)));
    add(tS4.get(w.slice(-4)));
    add(tP2.get(w.slice(0, 2)));
    add(tP3.get(w.slice(0, 3)));
    if (countryByName.has(text)) add(fCtry);
    if (countryByDemonym.has(text)) add(fDem);
    if (firstNames.has(w)) add(fFn);
    if (lastNames.has(w)) add(fLnm);
    if (organizationHeadWords.has(w)) add(fOrgw);
    if (placeHeadWords.has(w)) add(fPlcw);
    if (titleFirstWords.has(text)) add(fTitle);
    if (commonWords.has(w)) add(fCw);
    const row = ownRows.take();
    ownRows.current.set(sum, row);
    info.ownSlab = ownRows.current;
    info.ownAt = row;
  };

  /** Offsets of the templates keyed by a lower-cased word alone, per word: W_* slots, then T-1w per tag. */
  const byWord = new Map<string, WordRow>();
  const wordRows = new Rows((length) => new Int32Array(length), W_SLOTS + n);
  const at = (v: number | undefined): number => (v === undefined ? -1 : v);
  const wordOf = (w: string): WordRow => {
    let e = byWord.get(w);
    if (e) return e;
    const r = wordRows.take();
    const slab = wordRows.current;
    slab[r + W_M1] = at(tWm1.get(w));
    slab[r + W_P1] = at(tWp1.get(w));
    slab[r + W_M2] = at(tWm2.get(w));
    slab[r + W_P2] = at(tWp2.get(w));
    slab[r + W_INIT] = at(tInitW.get(w));
    slab[r + W_LN_U] = at(pLnW.pair('u', w));
    slab[r + W_LN_T] = at(pLnW.pair('t', w));
    for (let k = 0; k < n; k++) slab[r + W_SLOTS + k] = at(pT1w.pairFrom(tags[k]!, tagPrefix[k]!, w));
    e = { slab, at: r };
    if (byWord.size >= WORD_CACHE_LIMIT) byWord.clear();
    byWord.set(detached(w), e);
    return e;
  };
  const boundary = wordOf(BOUNDARY);
  const lineOffsets = LINES.map((line) => at(tLn.get(line)));
  /** What the scorer needs of a text, across documents: one lookup per text instead of one per fact. */
  const byText = new Map<string, TextInfo>();
  /** Token k's text facts, looked up once per document token (neighbours are shared by up to five tokens). */
  const infoAt = (ctx: FeatureContext, k: number): TextInfo => {
    let e = ctx.infos[k];
    if (e === undefined) {
      const text = ctx.tokens[k]!.text;
      e = byText.get(text);
      if (e === undefined) {
        const w = ctx.lw[k]!;
        const shape = shortShape(text);
        e = {
          shape,
          entry: wordOf(w),
          ownSlab: undefined,
          ownAt: 0,
          lineShape: LINES.map((line) => at(pLnSh.pair(line, shape))),
          flags: textFlags(text, w),
        };
        if (byText.size >= WORD_CACHE_LIMIT) byText.clear();
        byText.set(detached(text), e);
      }
      ctx.infos[k] = e;
    }
    return e;
  };
  /**
   * Offsets of p, p-1 and p+1 by part of speech: a handful of tags, each looked up three times for every scored
   * token (its own and its neighbours') by hashing the tag.
   */
  const byPos = new Map<string, Int32Array>();
  const posOf = (pos: string): Int32Array => {
    let e = byPos.get(pos);
    if (e === undefined) {
      e = Int32Array.of(at(tP.get(pos)), at(tPm1.get(pos)), at(tPp1.get(pos)));
      byPos.set(detached(pos), e);
    }
    return e;
  };
  const boundaryPm1 = at(tPm1.get(BOUNDARY));
  const boundaryPp1 = at(tPp1.get(BOUNDARY));
  // Offsets of the features of the token being scored, summed at the end (no call per feature in the hot loop).
  const hits = new Int32Array(64);
  let nh = 0;
  const hit = (at: number | undefined): void => {
    if (at !== undefined && at >= 0) hits[nh++] = at;
  };

  return {
    score(ctx, i, prev, prev2, scores) {
      const { tokens, lw, evidence, gaz } = ctx;
      const t = tokens[i]!;
      const info = infoAt(ctx, i);
      const shape = info.shape;
      const w = lw[i]!;
      const s = t.sentence;
      const b1 = within(ctx, i - 1, s) ? i - 1 : -1;
      const b2 = within(ctx, i - 2, s) ? i - 2 : -1;
      const a1 = within(ctx, i + 1, s) ? i + 1 : -1;
      const a2 = within(ctx, i + 2, s) ? i + 2 : -1;
      const line = t.line;
      const ln = lineIndex(line);
      const ib1 = b1 < 0 ? undefined : infoAt(ctx, b1);
      const ia1 = a1 < 0 ? undefined : infoAt(ctx, a1);
      const after = ia1 === undefined ? 0 : ia1.flags;
      const before = ib1 === undefined ? 0 : ib1.flags;
      const me = info.entry;
      if (info.ownSlab === undefined) ownOf(info, t.text, w);
      nh = 0;
      hit(posOf(t.pos)[0]);
      hit(slot(ib1 === undefined ? boundary : ib1.entry, W_M1));
      hit(slot(ia1 === undefined ? boundary : ia1.entry, W_P1));
      hit(slot(b2 < 0 ? boundary : infoAt(ctx, b2).entry, W_M2));
      hit(slot(a2 < 0 ? boundary : infoAt(ctx, a2).entry, W_P2));
      hit(pWm1w.pair(b1 < 0 ? BOUNDARY : lw[b1]!, w));
      hit(pWwp1.pair(w, a1 < 0 ? BOUNDARY : lw[a1]!));
      hit(pShm1.pair(ib1 === undefined ? BOUNDARY : ib1.shape, shape));
      hit(pShp1.pair(shape, ia1 === undefined ? BOUNDARY : ia1.shape));
      hit(b1 < 0 ? boundaryPm1 : posOf(tokens[b1]!.pos)[1]);
      hit(a1 < 0 ? boundaryPp1 : posOf(tokens[a1]!.pos)[2]);
      hit(lineOffsets[ln]);
      hit(info.lineShape[ln]);
      if (t.sentenceStart) {
        hit(fInit);
        hit(slot(me, W_INIT));
      }
      if (line === 'u') hit(slot(me, W_LN_U));
      else if (line === 't') hit(slot(me, W_LN_T));
      const g = gaz[i]!;
      if (g !== '') {
        hit(tG.get(g));
        hit(pGLn.pair(g, line));
      }
      if ((after & (ORG_HEAD | HAS_UPPER)) === (ORG_HEAD | HAS_UPPER)) hit(fNxOrgw);
      if (info.flags & FIRST_NAME && after & CAP_LOWER_START) hit(fFnCap);
      if (before & TITLE_FIRST) hit(fPvTitle);
      if (info.flags & HAS_UPPER) {
        const low = evidence.lower.has(w);
        const cap = evidence.capitalMid.has(w);
        if (low) hit(fDocLower);
        if (cap) hit(fDocCap);
        const solo = a1 < 0 || !(after & UPPER_FIRST);
        const alone = solo && (b1 < 0 || !(before & UPPER_FIRST));
        if (evidence.afterFirstName.has(w)) hit(alone ? fAnchorAlone : fAnchor);
        else if (alone) hit(evidence.inCapitalRun.has(w) ? fAloneRun : fAloneSolo);
        if (line !== 'n' || t.sentenceStart) hit(doc2[(low ? 2 : 0) + (cap ? 1 : 0)]![ln]);
      }
      hit(t1[prev]);
      hit(t2[prev2]?.[prev]);
      hit(slot(me, W_SLOTS + prev));
      hit(t1ln[prev]?.[ln]);
      // The sums are exact (see FastScorer), so adding the collected features in one loop gives the same scores.
      // Row by row: each feature's weights are contiguous in the table.
      const own = info.ownSlab!;
      const ownAt = info.ownAt;
      for (let k = 0; k < n; k++) scores[k] = own[ownAt + k]!;
      for (let h = 0; h < nh; h++) {
        const at = hits[h]!;
        for (let k = 0; k < n; k++) scores[k]! += table[at + k]!;
      }
    },
  };
}

/** A word's row of template offsets (W_* slots, then T-1w per tag) in a slab of such rows (see Rows). */
interface WordRow {
  slab: Int32Array;
  at: number;
}

function slot(row: WordRow, k: number): number {
  return row.slab[row.at + k]!;
}

/** The run-time scorer's facts about one token text. */
export interface TextInfo {
  shape: string;
  /** Offsets of the templates keyed by the lower-cased text. */
  entry: WordRow;
  /**
   * Sum of the features that depend on the text alone, once the text has been scored: TAG_COUNT numbers at
   * `ownAt` in `ownSlab`.
   */
  ownSlab: Float64Array | undefined;
  ownAt: number;
  /** Offsets of ln|sh for this shape, by line kind (see LINES). */
  lineShape: number[];
  /** Facts about the text alone (HAS_UPPER, UPPER_FIRST, ...), looked up once per text instead of once per score. */
  flags: number;
}

/** The line kinds of NerToken.line, in the order of TextInfo.lineShape. */
const LINES = ['n', 'u', 't'] as const;

function lineIndex(line: 'n' | 'u' | 't'): number {
  return line === 'n' ? 0 : line === 'u' ? 1 : 2;
}

/** Has an upper-case letter. */
const HAS_UPPER = 1;
/** Its first character (code unit) is upper case. */
const UPPER_FIRST = 2;
/** The lower-cased text is a known first name. */
const FIRST_NAME = 4;
/** The lower-cased text is an organization head word ("Party", "Inc"). */
const ORG_HEAD = 8;
/** The text is a title word that goes before a name. */
const TITLE_FIRST = 16;
/** Starts with an upper-case letter followed by a lower-case one. */
const CAP_LOWER_START = 32;

function textFlags(text: string, w: string): number {
  return (
    (hasUpper(text) ? HAS_UPPER : 0) |
    (hasUpper(text.charAt(0)) ? UPPER_FIRST : 0) |
    (firstNames.has(w) ? FIRST_NAME : 0) |
    (organizationHeadWords.has(w) ? ORG_HEAD : 0) |
    (titleFirstWords.has(text) ? TITLE_FIRST : 0) |
    (startsCapitalized(text) ? CAP_LOWER_START : 0)
  );
}
/** Slots of a word's cached offsets (see fastScorer's wordOf). */
const W_M1 = 0;
const W_P1 = 1;
const W_M2 = 2;
const W_P2 = 3;
const W_INIT = 4;
const W_LN_U = 5;
const W_LN_T = 6;
const W_SLOTS = 7;
