/**
 * Token features for the name tagger. Static features (word, shape, affixes, neighbours, gazetteers, line case,
 * document-level evidence) are computed once per token; the tagger adds the previous-tag features while decoding.
 */
import {
  commonWords,
  countryByDemonym,
  countryByName,
  firstNames,
  gazetteerPhrases,
  lastNames,
  maxPhraseTokens,
  organizationHeadWords,
  placeHeadWords,
  titleFirstWords,
} from './lexicon.js';

/** One token as the tagger sees it. */
export interface NerToken {
  text: string;
  start: number;
  end: number;
  pos: string;
  /** First token of its sentence. */
  sentenceStart: boolean;
  /** Index of the sentence; neighbour features never cross it. */
  sentence: number;
  /** How the token's line is cased: 'n' normal prose, 'u' all upper case, 't' title case (a headline). */
  line: 'n' | 'u' | 't';
}

const UPPER = /\p{Lu}/u;

export function hasUpper(s: string): boolean {
  return UPPER.test(s);
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
}

export function docEvidence(tokens: readonly NerToken[]): DocEvidence {
  const lower = new Set<string>();
  const capitalMid = new Set<string>();
  for (const t of tokens) {
    const first = t.text.charAt(0);
    if (first >= 'a' && first <= 'z') lower.add(t.text);
    else if (t.line === 'n' && !t.sentenceStart && hasUpper(first)) capitalMid.add(t.text.toLowerCase());
  }
  return { lower, capitalMid };
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
    }
    if (best > 0 && tags[i] === '') {
      for (let k = 0; k < best; k++) if (tags[i + k] === '') tags[i + k] = (k === 0 ? 'B' : 'I') + cls;
    }
  }
  return tags;
}

const BOUNDARY = '<s>';

/** Static features of every token of a document, as strings (interned by the caller). */
export function staticFeatures(tokens: readonly NerToken[]): string[][] {
  const n = tokens.length;
  const lw = tokens.map((t) => t.text.toLowerCase());
  const shapes = tokens.map((t) => shortShape(t.text));
  const evidence = docEvidence(tokens);
  const gaz = gazetteerTags(tokens, lw);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = lw[i]!;
    const s = t.sentence;
    const at = (k: number): number => (k >= 0 && k < n && tokens[k]!.sentence === s ? k : -1);
    const word = (k: number): string => (at(k) < 0 ? BOUNDARY : lw[k]!);
    const shape = (k: number): string => (at(k) < 0 ? BOUNDARY : shapes[k]!);
    const pos = (k: number): string => (at(k) < 0 ? BOUNDARY : tokens[k]!.pos);
    const f: string[] = [
      'b',
      `w=${w}`,
      `sh=${shapes[i]}`,
      `ls=${longShape(t.text)}`,
      `p=${t.pos}`,
      `s2=${w.slice(-2)}`,
      `s3=${w.slice(-3)}`,
      `s4=${w.slice(-4)}`,
      `p2=${w.slice(0, 2)}`,
      `p3=${w.slice(0, 3)}`,
      `w-1=${word(i - 1)}`,
      `w+1=${word(i + 1)}`,
      `w-2=${word(i - 2)}`,
      `w+2=${word(i + 2)}`,
      `w-1w=${word(i - 1)}|${w}`,
      `ww+1=${w}|${word(i + 1)}`,
      `sh-1=${shape(i - 1)}|${shapes[i]}`,
      `sh+1=${shapes[i]}|${shape(i + 1)}`,
      `p-1=${pos(i - 1)}`,
      `p+1=${pos(i + 1)}`,
      `ln=${t.line}`,
      `ln|sh=${t.line}|${shapes[i]}`,
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
    const a1 = at(i + 1);
    if (a1 >= 0 && organizationHeadWords.has(lw[a1]!) && hasUpper(tokens[a1]!.text)) f.push('nx-orgw');
    if (a1 >= 0 && firstNames.has(w) && /^\p{Lu}\p{Ll}/u.test(tokens[a1]!.text)) f.push('fn-cap');
    const b1 = at(i - 1);
    if (b1 >= 0 && titleFirstWords.has(tokens[b1]!.text)) f.push('pv-title');
    if (hasUpper(t.text)) {
      if (evidence.lower.has(w)) f.push('doc-lower');
      if (evidence.capitalMid.has(w)) f.push('doc-cap');
      if (t.line !== 'n' || t.sentenceStart) {
        f.push(`doc2=${evidence.lower.has(w) ? 'l' : ''}${evidence.capitalMid.has(w) ? 'c' : ''}|${t.line}`);
      }
    }
    out.push(f);
  }
  return out;
}
