/**
 * JSON text with every character past ASCII written as a \u escape: the same value once parsed. The data files are
 * imported at every cold start, and one accented name made Node decode a whole file into a two-byte string and
 * JSON.parse scan that (gazetteers, cues, quote-scorer and countries: 23M instructions more than their ASCII form).
 */
export function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
