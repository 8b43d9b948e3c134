import type { AnalyzedDocument, Claim, Entity, Mention, Quote } from '../types.js';
import { escapeXml } from './escape.js';
import { graphSvg, TYPE_COLOUR } from './svg.js';

const CSS = `
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:980px;padding:1.5em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}
.article{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:1em}
.ent{border-radius:3px;padding:0 1px}
.ent-person{background:#dbe9f6}.ent-organization{background:#ffe6cc}.ent-country{background:#dcf0dc}.ent-location{background:#eadfd8}
.ent.form-pronoun,.ent.form-description{background:none;border-bottom:2px dotted #888}
.quote{background:#fff6a8;outline:1px solid #e0c200}
.qlabel{font-size:.75em;color:#555;background:#eee;border-radius:3px;padding:0 .3em;margin-left:.2em;white-space:nowrap}
table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border:1px solid #ddd;padding:.3em .4em;vertical-align:top;text-align:left}
.negative{color:#b00}.legend span{margin-right:1em}
svg.graph{max-width:100%;height:auto;font:11px sans-serif}
`;

/**
 * One self-contained HTML page for a document: the article with entities highlighted by type, quotes marked
 * and labelled with their speaker and outlet, the claims as a table, and the claim graph as an inline SVG.
 * No scripts, no network (a Content-Security-Policy forbids it); all article text is escaped.
 *
 * @example
 * import { writeFileSync } from 'node:fs';
 * import { analyze, renderHtml } from 'claimgraph';
 * writeFileSync('article.html', renderHtml(analyze('Ren said his company has never spied.')));
 */
export function renderHtml(doc: AnalyzedDocument): string {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const title = doc.meta.title?.text ?? doc.id ?? 'Article';
  const legend = [...TYPE_COLOUR.keys()].map((t) => `<span class="ent ent-${t}">${t}</span>`).join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(title)}</title><style>${CSS}</style></head><body>`,
    `<h1>${escapeXml(title)}</h1>`,
    `<p class="meta">${escapeXml([doc.meta.outlet, doc.meta.published, doc.meta.authors.join(', ')].filter(Boolean).join(' · '))}</p>`,
    `<p class="legend">${legend}<span class="quote">quote</span></p>`,
    `<div class="article" id="article">${articleMarkup(doc, entities)}</div>`,
    '<h2>Claims</h2>',
    claimsTable(doc, entities),
    '<h2>Claim graph</h2>',
    graphSvg(doc.graph),
    '</body></html>',
    '',
  ].join('\n');
}

interface Fragment {
  start: number;
  end: number;
  quote: Quote;
}

/**
 * The text cut at every span boundary. Each piece sits inside the quotes that cover it (outermost first, so a
 * quote nested in another gets its own element) and, innermost, the mention that covers it. When the covering
 * quotes change, only the elements that differ are closed and reopened; a quote's label follows its last piece.
 */
function articleMarkup(doc: AnalyzedDocument, entities: ReadonlyMap<string, Entity>): string {
  const { text } = doc;
  const fragments: Fragment[] = doc.quotes
    .flatMap((q) => q.content.map((c) => ({ start: c.start, end: c.end, quote: q })))
    .filter((f) => f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd = new Map(doc.quotes.map((q) => [q.id, Math.max(...q.content.map((c) => c.end))]));
  // The first claim of each quote names its speaker and outlet in the label.
  const firstClaims = new Map<string, Claim>();
  for (const c of doc.claims) if (!firstClaims.has(c.quoteId)) firstClaims.set(c.quoteId, c);
  const cuts = new Set<number>([0, text.length]);
  for (const f of fragments) cuts.add(f.start).add(f.end);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out: string[] = [];
  let open: Fragment[] = [];
  let openMention: Mention | undefined;
  let active: Fragment[] = [];
  let fi = 0;
  let mi = 0;
  const closeQuotesFrom = (k: number, at: number): void => {
    for (let x = open.length - 1; x >= k; x--) {
      const q = open[x]!.quote;
      out.push('</span>');
      if (lastEnd.get(q.id) === at) out.push(quoteLabel(q, doc, entities, firstClaims));
    }
    open = open.slice(0, k);
  };
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    while (fi < fragments.length && fragments[fi]!.start <= start) active.push(fragments[fi++]!);
    active = active.filter((f) => f.end > start);
    while (mi < mentions.length && mentions[mi]!.end <= start) mi++;
    const m = mentions[mi];
    const mention = m && m.start <= start ? m : undefined;
    let same = 0;
    while (same < open.length && same < active.length && open[same] === active[same]) same++;
    if (openMention && (mention !== openMention || same < open.length || open.length < active.length)) {
      out.push('</span>');
      openMention = undefined;
    }
    closeQuotesFrom(same, start);
    for (const f of active.slice(same)) {
      out.push(`<span class="quote" data-quote="${escapeXml(f.quote.id)}">`);
      open.push(f);
    }
    if (mention && mention !== openMention) {
      out.push(mentionOpen(mention, entities));
      openMention = mention;
    }
    out.push(escapeXml(text.slice(start, end)));
  }
  if (openMention) out.push('</span>');
  closeQuotesFrom(0, text.length);
  return out.join('');
}

function mentionOpen(m: Mention, entities: ReadonlyMap<string, Entity>): string {
  const name = entities.get(m.entityId)?.name ?? m.text;
  return `<span class="ent ent-${m.type} form-${m.form}" data-entity="${escapeXml(m.entityId)}" title="${escapeXml(`${name} (${m.type})`)}">`;
}

function quoteLabel(
  q: Quote,
  doc: AnalyzedDocument,
  entities: ReadonlyMap<string, Entity>,
  firstClaims: ReadonlyMap<string, Claim>,
): string {
  const claim = firstClaims.get(q.id);
  const speaker =
    claim?.claimant ??
    (q.speaker?.entityId ? entities.get(q.speaker.entityId)?.name : undefined) ??
    q.speaker?.text ??
    '?';
  const outlet = claim?.reportedBy ?? q.reportedBy?.text ?? doc.meta.outlet;
  const label = outlet ? `${speaker} · via ${outlet}` : speaker;
  return `<span class="qlabel" data-label-for="${escapeXml(q.id)}">${escapeXml(label)}</span>`;
}

function claimsTable(doc: AnalyzedDocument, entities: ReadonlyMap<string, Entity>): string {
  const head =
    '<table class="claims"><thead><tr><th>#</th><th>Claimant</th><th>Statement</th><th>Stance</th><th>Polarity</th>' +
    '<th>Hedged</th><th>Reported by</th><th>Date</th><th>About</th></tr></thead><tbody>';
  const rows = doc.claims.map((c) => {
    const about = c.aboutIds.map((id) => entities.get(id)?.name ?? id).join(', ');
    const cells = [
      c.id,
      c.claimant,
      c.text,
      c.stance,
      c.polarity,
      c.hedged ? 'yes' : '',
      c.reportedBy ?? '',
      c.date ?? '',
      about,
    ];
    return `<tr data-claim="${escapeXml(c.id)}" class="${c.polarity}">${cells.map((x) => `<td>${escapeXml(x)}</td>`).join('')}</tr>`;
  });
  return `${head}${rows.join('')}</tbody></table>`;
}
