import abbreviations from '../../data/abbreviations.json' with { type: 'json' };
import type { Token } from '../types.js';
import { LetterPattern, startsLower, startsUpper } from './letters.js';

const LETTER_OR_DIGIT_FIRST = new LetterPattern(String.raw`^[\p{L}\d]`);
const LOWER_OR_DIGIT_FIRST = new LetterPattern(String.raw`^[\p{Ll}\d]`);

const NEVER_FINAL = new Set<string>(abbreviations.neverFinal.map((a) => a.toLowerCase()));
const MAYBE_FINAL = new Set<string>(abbreviations.maybeFinal.map((a) => a.toLowerCase()));
const EXCLAIMED_NAMES = new Set<string>(abbreviations.exclaimedNames.map((a) => a.toLowerCase()));
/** Closing quotation marks and brackets. */
export const CLOSERS: ReadonlySet<string> = new Set(['”', '’', '"', "'", ')', ']', '»']);
const OPENERS = new Set(['“', '"', '‘', '«']);
/** A lower-case word and its period, one token ("in."), not an abbreviation with inner periods ("e.g."). */
const LOWER_WORD_PERIOD = /^[a-z]+\.$/;

/**
 * Repairs wink's sentence starts in place:
 * - no break after a title or month abbreviation ("Mr.", "Jan.") or an initial; after "U.S." or "Inc." only
 *   when a lower-case word or a number follows;
 * - no break inside a closing quote run: a sentence ending `.”` keeps its closing mark;
 * - no break before a lower-case word on the same line, nor after a name written with "!" ("Yahoo! News").
 */
export function fixSentenceStarts(tokens: readonly Token[], view: string, starts: Set<number>): void {
  breakBeforeQuotations(tokens, view, starts);
  breakAfterAbbreviationLikeEnds(tokens, starts);
  for (const s of [...starts]) {
    const prev = tokens[s - 1];
    const tok = tokens[s];
    if (!prev || !tok) continue;
    // wink sometimes splits the period off an abbreviation ("Rev" "." , "S" "." in "(R-S.C.)"): judge the word
    // and its period together.
    const before = tokens[s - 2];
    const prevText = prev.text === '.' && before && before.end === prev.start ? `${before.text}.` : prev.text;
    const prevLower = prevText.toLowerCase();
    if (CLOSERS.has(tok.text) && tok.start === prev.end) {
      starts.delete(s);
      starts.add(s + 1);
      continue;
    }
    const sameLine = !view.slice(prev.end, tok.start).includes('\n');
    if (!sameLine) continue;
    // "Acme Robotics Inc (ACME.O) will cut", "example.com": a period with a word glued to both sides is inside a
    // token wink split, no sentence end.
    if (
      prev.text === '.' &&
      tok.start === prev.end &&
      before?.end === prev.start &&
      LETTER_OR_DIGIT_FIRST.test(tok.text)
    ) {
      starts.delete(s);
      continue;
    }
    // "The story ran on Yahoo! News": a name written with its exclamation mark.
    if (prev.text === '!' && before?.end === prev.start && EXCLAIMED_NAMES.has(before.text.toLowerCase())) {
      starts.delete(s);
      continue;
    }
    // No sentence opens with a comma or a semicolon ("Sen. Ted Cruz (R-Tex.), a Republican …").
    if (tok.text === ',' || tok.text === ';') {
      starts.delete(s);
      continue;
    }
    const goesOn = LOWER_OR_DIGIT_FIRST.test(tok.text);
    // News sentences open with a capital: a lower-case word on the same line continues the sentence
    // ("(R-Fla.) said", "“Why?” he asked").
    if (startsLower(tok.text)) {
      starts.delete(s);
      continue;
    }
    // "No." abbreviates only before a number ("No. 10"); "I said no. She left." ends a sentence.
    const finalNo = prevLower === 'no.' && !/^\d/.test(tok.text);
    const initial = /^[A-Z]\.$/.test(prevText) && !opensAfterInitial(tok.text);
    if ((NEVER_FINAL.has(prevLower) && !finalNo) || initial) {
      if (goesOn || startsUpper(tok.text)) starts.delete(s);
    } else if (MAYBE_FINAL.has(prevLower) && goesOn) starts.delete(s);
  }
}

/**
 * "… at a rally in Binghamton, N.Y. “Secretary Clinton …”": a place's abbreviation that may end a sentence, then
 * an opening quotation mark after a space and a capital, starts a new sentence (wink reads on).
 */
/**
 * Sentence ends wink reads as abbreviations: "I said no. She left." ("No." abbreviates only before a number:
 * "No. 10 Downing Street") and a period closed by a quotation mark ("… joined Acme Inc.” She left.", "“We will
 * vote no.” She left."): a capitalized word after them starts a sentence. Starts are added here; the checks in
 * `fixSentenceStarts` then judge them like wink's own.
 */
function breakAfterAbbreviationLikeEnds(tokens: readonly Token[], starts: Set<number>): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    let j = i + 1;
    let word = t.text;
    // wink may split the period off ("no" "."): judge them together.
    if (tokens[j]!.text === '.' && tokens[j]!.start === t.end) {
      word = `${t.text}.`;
      j++;
    }
    if (!word.endsWith('.') || word === '.') continue;
    const closed = j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end;
    if (closed) j++;
    const next = tokens[j];
    // "he would vote no. “We have done this …”": an opening mark after a space, then a capital, starts one too; so
    // does a straight single quote there, the opening mark of British copy ("… weighed in. 'We …'").
    const after = tokens[j + 1];
    const opens =
      !closed &&
      next !== undefined &&
      (OPENERS.has(next.text) || next.text === "'") &&
      next.start > tokens[j - 1]!.end &&
      after !== undefined &&
      after.start === next.end &&
      startsUpper(after.text);
    if (!next || !(startsUpper(next.text) || opens)) continue;
    const lower = word.toLowerCase();
    if ((closed && !NEVER_FINAL.has(lower)) || lower === 'no.') starts.add(j);
    // "The minister weighed in. “No one …”": wink keeps "in." as an abbreviation (inches) and reads on into the
    // quotation; a lower-case word no list abbreviates ends its sentence there, unless a number before it makes it
    // a unit ("6 in. “…”").
    else if (
      opens &&
      LOWER_WORD_PERIOD.test(word) &&
      !NEVER_FINAL.has(lower) &&
      !MAYBE_FINAL.has(lower) &&
      !/\d$/.test(tokens[i - 1]?.text ?? '')
    )
      starts.add(j);
    // "… in a post on X. Sen. Chuck Schumer said": a one-letter word and its period before a title or a function
    // word ends a sentence; an initial inside a name is followed by another name word.
    if (/^[A-Z]\.$/.test(word) && !closed && opensAfterInitial(next.text)) starts.add(j);
  }
}

/** Person titles, and capitalized function words that no name holds after an initial ("X. The", "B. But"). */
const OPENS_AFTER_INITIAL = new Set([
  ...abbreviations.personTitles,
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'But',
  'And',
  'This',
  'That',
  'These',
  'Those',
  'His',
  'Her',
  'Its',
  'Their',
  'In',
  'On',
  'At',
  'If',
  'When',
]);

function opensAfterInitial(word: string): boolean {
  return OPENS_AFTER_INITIAL.has(word);
}

function breakBeforeQuotations(tokens: readonly Token[], view: string, starts: Set<number>): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    // Only a place's abbreviation after its city ("Binghamton, N.Y."): "the N.Y. “Times” desk" reads on.
    if (!t.text.endsWith('.') || tokens[i - 1]?.text !== ',' || !MAYBE_FINAL.has(t.text.toLowerCase())) continue;
    const open = tokens[i + 1]!;
    const next = tokens[i + 2]!;
    if (OPENERS.has(open.text) && open.start > t.end && next.start === open.end && startsUpper(next.text)) {
      if (!view.slice(t.end, open.start).includes('\n')) starts.add(i + 1);
    }
  }
}
