/**
 * People the news names by family name alone: "Netanyahu said …", "talks between Putin and Zelensky". The tagger,
 * trained on 1996 wire copy, has never seen them and calls them places or bodies, or nothing. A short list of heads
 * of state and government, officials and executives (data/entity-words.json `publicFigures`) settles their type.
 */

import { Initials } from '../text/initials.js';
import { startsUpper } from '../text/letters.js';
import { type Candidate, candidate, coveredTokens, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import { publicFigures } from './lexicon.js';

/** Longest public figure's name, in tokens ("Luiz Inácio Lula da Silva"). */
const MAX_TOKENS = 6;
/** The first words of the names, as the tokenizer cuts them ("Okonjo" of "Okonjo-Iweala"). */
const FIRST_WORDS = new Set([...publicFigures].map((name) => name.split(/[\s-]/)[0]!));
const FIRST_INITIALS = new Initials(FIRST_WORDS);

/**
 * Retypes name candidates that are a public figure's name as persons (changed in place) and adds a person candidate
 * for each public figure's name no candidate covers. Returns all candidates, in order.
 */
export function publicFigureNames(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  const covered = coveredTokens(cands, tokens.length);
  for (const c of cands) {
    // "Marine" + "Le Pen": a given name the tagger left out, right before the rest of a public figure's name.
    const given = c.first - 1;
    if (
      c.form === 'name' &&
      given >= 0 &&
      !covered[given] &&
      tokens[given]!.sentence === tokens[c.first]!.sentence &&
      publicFigures.has(spanText(tokens, given, c.last, text))
    ) {
      c.first = given;
      covered[given] = 1;
    }
    if (c.form !== 'name' || c.type === 'person' || !publicFigures.has(spanText(tokens, c.first, c.last, text)))
      continue;
    c.type = 'person';
    c.rule = 'entities/public-figure';
    c.country = undefined;
  }
  const added: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Most capitalized words open no public figure's name: one lookup rules them out before any span is cut.
    if (covered[i] || !FIRST_INITIALS.mayBe(tokens[i]!.text) || !FIRST_WORDS.has(tokens[i]!.text)) continue;
    for (let len = Math.min(MAX_TOKENS, tokens.length - i); len >= 1; len--) {
      const last = i + len - 1;
      if (tokens[last]!.sentence !== tokens[i]!.sentence || covered.subarray(i, last + 1).includes(1)) continue;
      // A capitalized word right after is a longer name ("Trump Tower", "Powell Street").
      const next = tokens[last + 1];
      if (next && next.sentence === tokens[i]!.sentence && startsUpper(next.text)) continue;
      if (!publicFigures.has(spanText(tokens, i, last, text))) continue;
      added.push(
        candidate({ first: i, last, type: 'person', form: 'name', rule: 'entities/public-figure', confidence: 0.8 }),
      );
      i = last;
      break;
    }
  }
  return added.length === 0 ? [...cands] : [...cands, ...added].sort((a, b) => a.first - b.first);
}
