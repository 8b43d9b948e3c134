/** Example false positives and negatives, kept so `npm run eval --errors K` can show what a scorer missed. */
export interface ErrorExample {
  doc: string;
  /** fp: a prediction no gold item matched; fn: a gold item no prediction matched. */
  kind: 'fp' | 'fn';
  /** What was scored: a type (PER), a role (content, cue, source), or a scorer name. */
  label: string;
  start: number;
  end: number;
  text: string;
  /** What was nearby on the other side (an overlapping gold or predicted span), when anything was. */
  note?: string;
}
