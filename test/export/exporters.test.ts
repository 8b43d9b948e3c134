import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../src/claims/claims-stage.js';
import { buildGraph } from '../../src/claims/graph.js';
import { toDot } from '../../src/export/dot.js';
import { dotString, escapeXml } from '../../src/export/escape.js';
import { toGraphML } from '../../src/export/graphml.js';
import { toGraphology } from '../../src/export/graphology.js';
import { renderHtml } from '../../src/export/html.js';
import { type JsonLdNode, toJsonLd } from '../../src/export/jsonld.js';
import type { AnalyzedDocument } from '../../src/types.js';
import { docBuilder, sampleDoc } from '../claims/fixtures.js';

function analyzed(doc: AnalyzedDocument = sampleDoc()): AnalyzedDocument {
  doc.claims = buildClaims(doc);
  doc.graph = buildGraph(doc);
  return doc;
}

/** A document whose names and quotes carry markup, quotes and backslashes, to test escaping everywhere. */
function hostile(): AnalyzedDocument {
  const text = 'Dr. <b>Evil</b> & "Co" said "x\\y" <script>alert(1)</script> is fine, the <i>Post</i> reported.';
  const b = docBuilder(text, { outlet: "Tom & Jerry's <Gazette>" });
  const evil = b.entity('person', '<b>Evil</b> & "Co"');
  const post = b.entity('organization', '<i>Post</i>');
  b.quote({
    content: ['"x\\y" <script>alert(1)</script> is fine'],
    cue: ['said', 'say'],
    speaker: evil,
    reportedBy: post,
  });
  return analyzed(b.doc());
}

describe('escaping', () => {
  it('escapes XML and DOT strings', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(escapeXml('a\u0001b\uD800c')).toBe('a\uFFFDb\uFFFDc');
    expect(dotString('say "hi"\\\nnow')).toBe('"say \\"hi\\"\\\\\\nnow"');
  });
});

describe('toJsonLd', () => {
  const ld = toJsonLd(analyzed());
  const claims = ld['@graph'];

  it('round-trips through JSON and gives every Claim a text and an author', () => {
    const parsed = JSON.parse(JSON.stringify(ld)) as typeof ld;
    expect(parsed['@context']).toBe('https://schema.org');
    expect(claims).toHaveLength(5);
    for (const c of parsed['@graph']) {
      expect(c['@type']).toBe('Claim');
      expect(typeof c.text).toBe('string');
      expect((c.author as JsonLdNode).name).toBeTruthy();
      expect(['Person', 'Organization']).toContain((c.author as JsonLdNode)['@type']);
    }
  });

  it('describes appearance, publisher, date and about', () => {
    const c1 = claims[0]!;
    expect(c1.author).toEqual({ '@type': 'Person', name: 'Lena Park' });
    expect(c1.datePublished).toBe('2024-03-05');
    const appearance = c1.appearance as JsonLdNode[];
    expect(appearance[0]).toMatchObject({
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: 'The Harbour Times' },
    });
    expect(appearance[1]).toMatchObject({ publisher: { name: 'Daily Ledger' } });
    expect(c1.about).toEqual([{ '@type': 'Organization', name: 'Acme Robotics' }]);
    expect(claims[3]!.author).toEqual({ '@type': 'Organization', name: 'Acme Robotics' });
    // “…,” Park said on March 3: the claim's own date, not the article's.
    expect(claims[1]!.datePublished).toBe('2024-03-03');
  });

  it('takes several documents and keeps ids apart', () => {
    const a = analyzed();
    const b = analyzed();
    b.id = 'other';
    const ids = toJsonLd([a, b])['@graph'].map((c) => c['@id']);
    expect(new Set(ids).size).toBe(10);
  });
});

describe('graph formats', () => {
  for (const [name, make] of [
    ['sample', () => analyzed()],
    ['hostile', hostile],
  ] as const) {
    const doc = make();
    const g = doc.graph;

    it(`GraphML carries every node and edge (${name})`, () => {
      const xml = toGraphML(g);
      expect(xml.match(/<node /g)?.length).toBe(g.nodes.length);
      expect(xml.match(/<edge /g)?.length).toBe(g.edges.length);
      for (const n of g.nodes) expect(xml).toContain(`<node id="${escapeXml(n.id)}">`);
      expect(xml).not.toMatch(/<(?:b|i|script)>/);
    });

    it(`DOT carries every node and edge (${name})`, () => {
      const dot = toDot(g);
      for (const n of g.nodes) expect(dot).toContain(`${dotString(n.id)} [label=`);
      for (const e of g.edges)
        expect(dot).toContain(`${dotString(e.from)} -> ${dotString(e.to)} [id=${dotString(e.id)}`);
      // Every double quote inside a string is escaped: the quotes left balance out per line.
      for (const line of dot.split('\n'))
        expect(line.replace(/\\\\/g, '').replace(/\\"/g, '').split('"').length % 2).toBe(1);
    });

    it(`graphology holds the same graph (${name})`, () => {
      const gg = toGraphology(g);
      expect(gg.order).toBe(g.nodes.length);
      expect(gg.size).toBe(g.edges.length);
      expect(gg.multi).toBe(true);
      expect(gg.type).toBe('directed');
      for (const e of g.edges) expect(gg.source(e.id)).toBe(e.from);
    });
  }
});

describe('date nodes in every format', () => {
  const g = analyzed().graph;
  const dates = g.nodes.filter((n) => n.kind === 'date');
  const onDate = g.edges.filter((e) => e.type === 'on_date');

  it('the sample has date nodes to show', () => {
    expect(dates.map((n) => n.id)).toEqual(['date:2024-03-05', 'date:2024-03-03']);
    expect(onDate).toHaveLength(5);
  });

  it('GraphML gives a date node its kind and TIMEX3 value', () => {
    const xml = toGraphML(g);
    expect(xml).toContain('<key id="n_value" for="node" attr.name="value" attr.type="string"/>');
    expect(xml).toContain(
      '<node id="date:2024-03-03"><data key="n_kind">date</data><data key="n_label">2024-03-03</data><data key="n_value">2024-03-03</data></node>',
    );
    expect(xml).toContain('<edge id="on_date:c2:date:2024-03-03" source="c2" target="date:2024-03-03">');
  });

  it('DOT draws a date as a note and labels an article date', () => {
    const dot = toDot(g);
    expect(dot).toContain('"date:2024-03-05" [label="2024-03-05", shape=note];');
    expect(dot).toContain('"c1" -> "date:2024-03-05" [id="on_date:c1:date:2024-03-05", label="on_date: article date"');
  });

  it('graphology keeps the date node and its edges', () => {
    const gg = toGraphology(g);
    expect(gg.getNodeAttributes('date:2024-03-03')).toEqual(dates[1]);
    expect(gg.inDegree('date:2024-03-05')).toBe(4);
  });

  it('the HTML view draws each date in the left column, below the entities, in calendar order', () => {
    const svg = renderHtml(analyzed());
    expect(svg.match(/class="node node-date"/g)).toHaveLength(2);
    expect(svg.match(/class="edge edge-on_date"/g)).toHaveLength(5);
    // A node's label is drawn on its row (y = row + 4).
    const rows = (kind: string) =>
      [...svg.matchAll(new RegExp(`<g class="node node-${kind}">.*?<text x="[\\d.]+" y="([\\d.]+)"`, 'g'))].map((m) =>
        Number(m[1]),
      );
    expect(rows('date')).toHaveLength(2);
    expect(rows('entity').length).toBeGreaterThan(0);
    expect(Math.min(...rows('date'))).toBeGreaterThan(Math.max(...rows('entity')));
    const dateLabels = [...svg.matchAll(/<title>([^<]*) \(date\)<\/title>/g)].map((m) => m[1]);
    expect(dateLabels).toEqual(['2024-03-03', '2024-03-05']);
  });
});

describe('renderHtml', () => {
  it('marks every quote with its speaker and outlet and escapes all text', () => {
    const doc = hostile();
    const html = renderHtml(doc);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Evil');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('data-quote="q1"');
    expect(html).toContain('&lt;b&gt;Evil&lt;/b&gt; &amp; &quot;Co&quot; · via &lt;i&gt;Post&lt;/i&gt;');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/(?:src|href)=["']?https?:/);
  });

  it('keeps the article text: stripping the markup gives the text back', () => {
    const doc = analyzed();
    const html = renderHtml(doc);
    const article = /<div class="article" id="article">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    const plain = article
      .replace(/<span class="qlabel"[^>]*>[^<]*<\/span>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    expect(plain).toBe(doc.text);
    for (const q of doc.quotes) expect(html).toContain(`data-quote="${q.id}"`);
    expect(html.match(/<tr data-claim=/g)?.length).toBe(doc.claims.length);
  });

  it('is the same page on every run', () => {
    expect(renderHtml(analyzed())).toBe(renderHtml(analyzed()));
  });
});
