const XML_ESCAPES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

/**
 * Escapes text for XML and HTML content and attribute values. Characters XML 1.0 forbids (C0 controls other
 * than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) become U+FFFD so the output always parses.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => XML_ESCAPES.get(c) ?? c)
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    );
}

/** A DOT double-quoted string: backslashes, quotes and line breaks escaped. */
export function dotString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')}"`;
}
