/**
 * Who said what: every claim of an article as a table (claimant, stance, polarity, outlet, date, statement).
 * Run: npx tsx examples/who-said-what.ts [FILE] (defaults to the bundled sample wire story).
 */
import { readFileSync } from 'node:fs';
import { analyze, type Claim } from '../src/index.js';

const file = process.argv[2] ?? new URL('./articles/port-authority-2021-03-04.txt', import.meta.url).pathname;
const doc = analyze(readFileSync(file, 'utf8'));

const columns: [string, (c: Claim) => string, number][] = [
  ['claimant', (c) => c.claimant, 24],
  ['stance', (c) => c.stance, 9],
  ['polarity', (c) => c.polarity, 8],
  ['hedged', (c) => (c.hedged ? 'yes' : ''), 6],
  ['reported by', (c) => c.reportedBy ?? '', 20],
  ['date', (c) => c.date ?? '', 10],
  ['statement', (c) => c.text, 70],
];
const cell = (s: string, width: number) => (s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width));
console.log(columns.map(([name, , w]) => cell(name, w)).join(' │ '));
console.log(columns.map(([, , w]) => '─'.repeat(w)).join('─┼─'));
for (const claim of doc.claims) console.log(columns.map(([, get, w]) => cell(get(claim), w)).join(' │ '));

// The example checks its own output, so a test that runs it notices when the pipeline regresses.
if (doc.claims.length === 0) throw new Error('no claims found');
for (const c of doc.claims) {
  if (c.text.trim() === '' || c.claimant.trim() === '') throw new Error(`claim ${c.id} lacks text or claimant`);
}
if (!process.argv[2]) {
  const byCeo = doc.claims.filter((c) => /de vries/i.test(c.claimant));
  if (byCeo.length < 2) throw new Error(`expected two or more claims by Anna de Vries, got ${byCeo.length}`);
  if (!byCeo.some((c) => c.polarity === 'negative')) throw new Error('expected a negative claim by Anna de Vries');
}
