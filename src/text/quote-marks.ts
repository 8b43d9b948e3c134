/** Tokens that are quotation marks, curly, straight and doubled as the wire and PTB styles write them. */
export const QUOTE_MARK_TOKENS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’', '``', "''"]);
