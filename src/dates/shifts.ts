/** last/this/next and their synonyms as a shift of -1, 0 or +1 units from the anchor. */
export type Shift = -1 | 0 | 1;
export const SHIFTS = new Map<string, Shift>([
  ['last', -1],
  ['past', -1],
  ['previous', -1],
  ['this', 0],
  ['current', 0],
  ['next', 1],
  ['coming', 1],
  ['following', 1],
]);
