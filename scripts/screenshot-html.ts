/**
 * Renders an article's HTML view and screenshots it in headless Chromium, checking on the way that every
 * quote is highlighted and labelled.
 *   npx tsx scripts/screenshot-html.ts [article.txt] [out.png] [--published YYYY-MM-DD] [--outlet NAME]
 * Defaults: the bundled sample article; the PNG (and the HTML beside it) in the system temp directory.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, renderHtml } from '../src/index.js';
import { CHROMIUM, withChromium } from './chromium.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const articles = join(import.meta.dirname, '..', 'examples', 'articles');
const input =
  positional[0] ??
  join(
    articles,
    readdirSync(articles)
      .filter((f) => f.endsWith('.txt'))
      .sort()[0] ?? '',
  );
const out = positional[1] ?? join(tmpdir(), 'claimgraph-view.png');
if (!existsSync(CHROMIUM)) {
  console.error(`no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM`);
  process.exit(2);
}

const published = option('--published');
const outlet = option('--outlet');
const doc = analyze(readFileSync(input, 'utf8'), {
  ...(published ? { published } : {}),
  ...(outlet ? { outlet } : {}),
});
const html = renderHtml(doc);
writeFileSync(out.replace(/\.png$/, '.html'), html);

await withChromium(async (context) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.setContent(html, { waitUntil: 'load' });
  const missing: string[] = [];
  for (const q of doc.quotes) {
    const marked = page.locator(`[data-quote="${q.id}"]`);
    if ((await marked.count()) === 0 || !(await marked.first().isVisible())) missing.push(q.id);
  }
  await page.screenshot({ path: out, fullPage: true });
  console.log(`${input}: ${doc.quotes.length} quotes, ${doc.claims.length} claims, ${doc.graph.nodes.length} nodes`);
  console.log(`screenshot: ${out}`);
  if (errors.length > 0 || missing.length > 0) {
    console.error(`console errors: ${errors.join('; ') || 'none'}; quotes not shown: ${missing.join(', ') || 'none'}`);
    process.exitCode = 1;
  }
});
