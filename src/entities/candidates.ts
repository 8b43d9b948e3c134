/**
 * Name mention candidates: the tagger's spans, refined by rules the model cannot learn from CoNLL (titles kept off
 * person names, title-case headline words that are not names, countries and demonyms from the country data).
 */

import type { EntityType, MentionForm } from '../types.js';
import { type DocEvidence, hasUpper, type NerToken } from './features.js';
import { type CountryInfo, commonWords, countryByDemonym, countryByName, titlePhrases } from './lexicon.js';
import type { NerClass, TaggedSpan } from './tagger.js';

export interface Candidate {
  /** Tagger token indices, inclusive. */
  first: number;
  last: number;
  type: EntityType;
  form: MentionForm;
  rule: string;
  confidence: number;
  country?: CountryInfo;
  /** Titles found right before a person name ("President"). */
  titles?: string[];
}

const TYPE_OF: Record<Exclude<NerClass, 'MISC'>, EntityType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
};

export function spanText(tokens: readonly NerToken[], first: number, last: number, text: string): string {
  return text.slice(tokens[first]!.start, tokens[last]!.end);
}

/** The longest title phrase ending right before token `i` ("Prime Minister" before a name), as [first, title]. */
function titleBefore(tokens: readonly NerToken[], i: number, text: string): [number, string] | undefined {
  for (let len = 3; len >= 1; len--) {
    const first = i - len;
    if (first < 0 || tokens[first]!.sentence !== tokens[i]!.sentence) continue;
    const phrase = text.slice(tokens[first]!.start, tokens[i - 1]!.end);
    if (titlePhrases.has(phrase)) return [first, phrase];
  }
  return undefined;
}

/** Strips titles off the front of a person span and collects titles standing right before it. */
function personTitles(tokens: readonly NerToken[], c: Candidate, text: string): void {
  const titles: string[] = [];
  // Titles inside the span ("President Donald Trump" tagged whole): move the start past them.
  for (;;) {
    let stripped = false;
    for (let len = Math.min(3, c.last - c.first); len >= 1; len--) {
      const phrase = spanText(tokens, c.first, c.first + len - 1, text);
      if (titlePhrases.has(phrase)) {
        titles.push(phrase);
        c.first += len;
        stripped = true;
        break;
      }
    }
    if (!stripped) break;
  }
  const before = titleBefore(tokens, c.first, text);
  if (before) titles.unshift(before[1]);
  if (titles.length > 0) c.titles = titles;
}

/** A span every word of which is a common lower-case word, inside a title-case headline, and never capitalized
 * mid-sentence elsewhere in the document: "Breaks Silence", "Says Company". */
function headlineWords(tokens: readonly NerToken[], first: number, last: number, evidence: DocEvidence): boolean {
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.line !== 't') return false;
    const w = t.text.toLowerCase();
    if (!commonWords.has(w) || evidence.capitalMid.has(w)) return false;
  }
  return true;
}

export function candidatesFromSpans(
  tokens: readonly NerToken[],
  spans: readonly TaggedSpan[],
  evidence: DocEvidence,
  text: string,
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of spans) {
    const surface = spanText(tokens, s.first, s.last, text);
    if (s.cls === 'MISC') {
      const country = countryByDemonym.get(surface);
      if (country) {
        out.push({
          first: s.first,
          last: s.last,
          type: 'country',
          form: 'demonym',
          rule: 'entities/demonym',
          confidence: 0.9,
          country,
        });
      }
      continue;
    }
    if (headlineWords(tokens, s.first, s.last, evidence)) continue;
    const c: Candidate = {
      first: s.first,
      last: s.last,
      type: TYPE_OF[s.cls],
      form: 'name',
      rule: `entities/tagger:${s.cls}`,
      confidence: 0.85,
    };
    if (c.type === 'person') personTitles(tokens, c, text);
    if (c.first > c.last) continue;
    const name = spanText(tokens, c.first, c.last, text);
    const country = countryByName.get(name);
    if (country && c.type !== 'person') {
      c.type = 'country';
      c.country = country;
    } else if (c.type !== 'person' && countryByDemonym.has(name)) {
      // The tagger called a demonym a place or an organization ("Chinese" in "the Chinese government").
      c.type = 'country';
      c.form = 'demonym';
      c.rule = 'entities/demonym';
      c.country = countryByDemonym.get(name)!;
    }
    out.push(c);
  }
  return out;
}

/** Country names and demonyms the tagger missed, matched exactly (case-sensitive) outside every other candidate. */
export function gazetteerCandidates(
  tokens: readonly NerToken[],
  taken: readonly Candidate[],
  text: string,
): Candidate[] {
  const covered = new Uint8Array(tokens.length);
  for (const c of taken) for (let i = c.first; i <= c.last; i++) covered[i] = 1;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !hasUpper(tokens[i]!.text.charAt(0))) continue;
    let match: Candidate | undefined;
    for (let len = 4; len >= 1 && !match; len--) {
      const last = i + len - 1;
      if (last >= tokens.length || tokens[last]!.sentence !== tokens[i]!.sentence) continue;
      let free = true;
      for (let k = i; k <= last; k++) if (covered[k]) free = false;
      if (!free) continue;
      const surface = spanText(tokens, i, last, text);
      // In an upper-case line "US" may be the pronoun.
      if (tokens[i]!.line === 'u' && surface.length <= 3) continue;
      const country = countryByName.get(surface);
      if (country) {
        match = {
          first: i,
          last,
          type: 'country',
          form: 'name',
          rule: 'entities/gazetteer:country',
          confidence: 0.8,
          country,
        };
        continue;
      }
      const demonym = countryByDemonym.get(surface);
      if (demonym) {
        match = {
          first: i,
          last,
          type: 'country',
          form: 'demonym',
          rule: 'entities/gazetteer:demonym',
          confidence: 0.8,
          country: demonym,
        };
      }
    }
    if (match) {
      out.push(match);
      i = match.last;
    }
  }
  return out;
}
