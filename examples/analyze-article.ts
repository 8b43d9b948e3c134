/**
 * Analyze one article and print a readable report: meta, entities, dates, quotes with speakers, claims.
 * Run: npx tsx examples/analyze-article.ts [FILE] (defaults to the bundled sample wire story).
 */
import { readFileSync } from 'node:fs';

import { analyze, checkInvariants, formatReport } from '../src/index.js';

const file = process.argv[2] ?? new URL('./articles/port-authority-2021-03-04.txt', import.meta.url).pathname;
const text = readFileSync(file, 'utf8');

// No options: the publication date, byline and outlet are read from the article itself.
const doc = analyze(text);
console.log(formatReport(doc));

// The example checks its own output, so a test that runs it notices when the pipeline regresses.
const problems = checkInvariants(doc);
if (problems.length > 0) throw new Error(`invariants violated:\n${problems.join('\n')}`);
if (!process.argv[2]) {
  if (doc.meta.published !== '2021-03-04') throw new Error(`expected the dateline date, got ${doc.meta.published}`);
  if (doc.meta.authors.length !== 2) throw new Error(`expected two authors, got ${doc.meta.authors.join(', ')}`);
}
