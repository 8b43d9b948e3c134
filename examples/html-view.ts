/**
 * The HTML view of an article: one self-contained page with entity highlights, labelled quotes, the claims
 * table and the claim graph as an inline SVG. Open the file in any browser; it loads nothing from the network.
 * Run: npx tsx examples/html-view.ts [OUT.html] [ARTICLE.txt]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, renderHtml } from '../src/index.js';

const out = process.argv[2] ?? join(tmpdir(), 'claimgraph-view.html');
const file = process.argv[3] ?? new URL('./articles/port-authority-2021-03-04.txt', import.meta.url).pathname;
const doc = analyze(readFileSync(file, 'utf8'));
const html = renderHtml(doc);
writeFileSync(out, html);
console.log(`wrote ${out} (${html.length} characters): ${doc.quotes.length} quotes, ${doc.claims.length} claims`);

// The example checks its own output, so a test that runs it notices when the pipeline regresses.
if (readFileSync(out, 'utf8') !== html) throw new Error('the file was not written');
for (const q of doc.quotes) {
  if (!html.includes(`data-quote="${q.id}"`)) throw new Error(`quote ${q.id} is not marked`);
  if (!html.includes(`data-label-for="${q.id}"`)) throw new Error(`quote ${q.id} has no speaker label`);
}
if (doc.quotes.length === 0) throw new Error('no quotes found');
if (!html.includes('<svg') || !html.includes('<table class="claims">')) throw new Error('graph or table missing');
if (/<script|https?:\/\/(?!www\.w3\.org)/.test(html)) throw new Error('the page must be self-contained');
