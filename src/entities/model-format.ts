/**
 * The stored form of the tagger weights, written by scripts/train-ner.ts and read by model.ts.
 *
 * data/ner-model.json holds the features, grouped by template (the name before the first '=', '' for features
 * without a value), each template's values joined by newlines; data/ner-weights.bin holds the dense table, one row
 * of float32 (little-endian) per feature in the same order, a row holding each tag's weight. The file is the table:
 * reading it is one copy from the page cache. The earlier text form (`feature\ttag:weight …`, one line per
 * feature, in the JSON) and a base64 sparse form were both decoded by loops that ran in the interpreter on every
 * cold start (about 30 ms and 150-300M instructions); the dense file is 3 MB but compresses to 0.38 MB, less than
 * the text form did (0.51 MB), as git and npm store it.
 */

export interface StoredFeatures {
  /** [template name, its feature values joined by '\n'], in row order (plain arrays, as JSON gives them). */
  templates: readonly (readonly string[])[];
}

/**
 * Encodes text lines `feature\ttag:weight tag:weight …` (integer weights, divided by `scale`) into the stored
 * form. Templates keep the order of their first line, and features their order within a template.
 */
export function encodeWeights(
  lines: readonly string[],
  tagCount: number,
  scale: number,
): { templates: [string, string][]; weights: Buffer } {
  const byTemplate = new Map<string, { values: string[]; rows: Float32Array[] }>();
  for (const line of lines) {
    const tab = line.lastIndexOf('\t');
    const feature = line.slice(0, tab);
    const eq = feature.indexOf('=');
    const name = eq >= 0 ? feature.slice(0, eq) : '';
    const value = eq >= 0 ? feature.slice(eq + 1) : feature;
    if (value.includes('\n')) throw new Error(`encodeWeights: a feature value holds a newline: ${feature}`);
    const row = new Float32Array(tagCount);
    for (const pair of line.slice(tab + 1).split(' ')) {
      const [tag, weight] = pair.split(':').map(Number) as [number, number];
      if (!(tag >= 0 && tag < tagCount)) throw new Error(`encodeWeights: no tag ${tag} in ${line}`);
      row[tag] = weight / scale;
    }
    let t = byTemplate.get(name);
    if (!t) {
      t = { values: [], rows: [] };
      byTemplate.set(name, t);
    }
    t.values.push(value);
    t.rows.push(row);
  }
  const templates: [string, string][] = [];
  const weights = Buffer.alloc(lines.length * tagCount * 4);
  let at = 0;
  for (const [name, t] of byTemplate) {
    templates.push([name, t.values.join('\n')]);
    for (const row of t.rows) {
      for (const w of row) at = weights.writeFloatLE(w, at);
    }
  }
  return { templates, weights };
}

/** The number of features (rows) of the stored form: one per value of each template. */
export function rowCount(stored: StoredFeatures): number {
  let n = 0;
  for (const t of stored.templates) n += countNewlines(templateValues(t)) + 1;
  return n;
}

/** The values of one stored template entry, checking its shape. */
export function templateValues(entry: readonly string[]): string {
  if (entry.length !== 2 || typeof entry[1] !== 'string') throw new Error('data/ner-model.json: a malformed template');
  return entry[1];
}

export function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The table held in `bytes` (the weights file), checked against the feature count; no copy where it can be a view. */
export function decodeWeights(bytes: Uint8Array, rows: number, tagCount: number): Float32Array {
  const n = rows * tagCount;
  if (bytes.byteLength !== n * 4) throw new Error('data/ner-weights.bin: size does not match the feature count');
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return new Float32Array(bytes.buffer, bytes.byteOffset, n);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const table = new Float32Array(n);
  for (let i = 0; i < n; i++) table[i] = view.getFloat32(i * 4, true);
  return table;
}
