import type { AnalyzedDocument, Entity, Mention, Quote } from '../types.js';
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

interface State {
  quote?: Quote;
  mention?: Mention;
}

/** The text cut at every span boundary; each piece is wrapped in its quote (outer) and mention (inner) markup. */
function articleMarkup(doc: AnalyzedDocument, entities: ReadonlyMap<string, Entity>): string {
  const { text } = doc;
  const fragments = doc.quotes
    .flatMap((q) => q.content.map((c) => ({ start: c.start, end: c.end, quote: q })))
    .sort((a, b) => a.start - b.start);
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastFragmentEnd = new Map(doc.quotes.map((q) => [q.id, Math.max(...q.content.map((c) => c.end))]));
  const cuts = new Set<number>([0, text.length]);
  for (const f of fragments) cuts.add(f.start).add(f.end);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out: string[] = [];
  let state: State = {};
  let fi = 0;
  let mi = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    while (fi < fragments.length && fragments[fi]!.end <= start) fi++;
    while (mi < mentions.length && mentions[mi]!.end <= start) mi++;
    const f = fragments[fi];
    const m = mentions[mi];
    const next: State = {};
    if (f && f.start <= start) next.quote = f.quote;
    if (m && m.start <= start) next.mention = m;
    if (next.quote !== state.quote || next.mention !== state.mention) {
      if (state.mention) out.push('</span>');
      if (state.quote && next.quote !== state.quote) {
        out.push('</span>');
        if (lastFragmentEnd.get(state.quote.id) === start) out.push(quoteLabel(state.quote, doc, entities));
      }
      if (next.quote && next.quote !== state.quote) {
        out.push(`<span class="quote" data-quote="${escapeXml(next.quote.id)}">`);
      }
      if (next.mention) out.push(mentionOpen(next.mention, entities));
    }
    state = next;
    out.push(escapeXml(text.slice(start, end)));
  }
  if (state.mention) out.push('</span>');
  if (state.quote) out.push('</span>', quoteLabel(state.quote, doc, entities));
  return out.join('');
}

function mentionOpen(m: Mention, entities: ReadonlyMap<string, Entity>): string {
  const name = entities.get(m.entityId)?.name ?? m.text;
  return `<span class="ent ent-${m.type} form-${m.form}" data-entity="${escapeXml(m.entityId)}" title="${escapeXml(`${name} (${m.type})`)}">`;
}

function quoteLabel(q: Quote, doc: AnalyzedDocument, entities: ReadonlyMap<string, Entity>): string {
  const claim = doc.claims.find((c) => c.quoteId === q.id);
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
