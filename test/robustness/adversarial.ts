import { ARTICLES } from './articles.js';

/** Repeats `unit` until the result is `size` UTF-16 units long (the cut may fall inside a word). */
export function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * Hostile inputs of any size, the ones issue 7 names. Each is a function of the size so the same shape can be
 * built at two sizes and the work compared. The non-Latin lines are written for this project.
 */
export const ADVERSARIAL: readonly (readonly [name: string, build: (size: number) => string])[] = [
  ['only quote marks', (n) => fill('"“”\'‘’«»„"', n)],
  ['one token with no spaces', (n) => fill('abcdefghijklmnopqrstuvwxyz0123456789', n)],
  ['"said " repeated', (n) => fill('said ', n)],
  ['unclosed quotes', (n) => fill('“The minister said it would never happen, ', n)],
  ['newlines only', (n) => fill('\n', n)],
  ['non-Latin scripts', (n) => fill(NON_LATIN, n)],
  ['capitalized names, no punctuation', (n) => fill('Anna Maria Lopez Garcia Smith ', n)],
  ['periods and abbreviations', (n) => fill('U.S. Mr. Jan. Inc. ... . ', n)],
  // One sentence that never ends, full of names and the descriptions that refer back to them.
  [
    'one endless sentence of names and descriptions',
    (n) => fill("the person said, adding that Shell's plan was fine and the company's ", n),
  ],
  // Agency names, of-chains and appositive names: steps that merge candidates must not rescan the list per merge.
  [
    'agency names and appositive persons',
    (n) =>
      fill(
        'The Federal Open Market Committee voted. A spokesman for the army, Nabil Abdallah, said the Office for National Statistics agreed. ',
        n,
      ),
  ],
  ['normal articles', (n) => fill(`${ARTICLES.join('\n\n')}\n\n`, n)],
];

const NON_LATIN = [
  'Министр сказал, что переговоры продолжатся в понедельник. ',
  '部长表示，谈判将于周一继续进行。',
  'قال الوزير إن المفاوضات ستستمر يوم الاثنين. ',
  'मंत्री ने कहा कि बातचीत सोमवार को जारी रहेगी। ',
  'Ο υπουργός είπε ότι οι συνομιλίες θα συνεχιστούν τη Δευτέρα. ',
  '大臣は月曜日に交渉を続けると述べた。\n',
].join('');
