import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, withChromium } from '../../scripts/chromium.js';
import { buildClaims } from '../../src/claims/claims-stage.js';
import { buildGraph } from '../../src/claims/graph.js';
import { renderHtml } from '../../src/export/html.js';
import { analyze } from '../../src/index.js';
import type { AnalyzedDocument } from '../../src/types.js';
import { sampleDoc } from '../claims/fixtures.js';
import { SEED_BASE } from '../shared-data.js';

const SEED = `${SEED_BASE}.txt`;

describe.skipIf(!existsSync(CHROMIUM))('renderHtml in headless Chromium', () => {
  it('loads without console errors or requests and shows every quote', { timeout: 60_000 }, async () => {
    const doc = sampleDoc();
    doc.claims = buildClaims(doc);
    doc.graph = buildGraph(doc);
    await checkInBrowser(doc);
  });

  it.skipIf(!existsSync(SEED))('shows every quote of the seed article', { timeout: 60_000 }, async () => {
    await checkInBrowser(analyze(readFileSync(SEED, 'utf8')));
  });
});

async function checkInBrowser(doc: AnalyzedDocument): Promise<void> {
  await withChromium(async (context) => {
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    await page.setContent(renderHtml(doc), { waitUntil: 'load' });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    for (const q of doc.quotes) {
      const marked = page.locator(`[data-quote="${q.id}"]`);
      expect(await marked.count(), q.id).toBeGreaterThan(0);
      await expect.poll(() => marked.first().isVisible()).toBe(true);
      const shown = (await marked.allInnerTexts()).join(' ');
      for (const fragment of q.content)
        expect(shown.replace(/\s+/g, ' ')).toContain(fragment.text.replace(/\s+/g, ' '));
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
      expect(await page.locator(`[data-label-for="${q.id}"]`).innerText()).toContain('·');
    }
    expect(await page.locator('tr[data-claim]').count()).toBe(doc.claims.length);
    const svg = page.locator('svg.graph');
    expect(await svg.isVisible()).toBe(true);
    expect(await page.locator('svg.graph .node').count()).toBe(doc.graph.nodes.length);
    expect(await page.locator('svg.graph path.edge').count()).toBe(doc.graph.edges.length);
  });
}
