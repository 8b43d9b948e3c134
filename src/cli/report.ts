import type { AnalyzedDocument, Claim, Entity, Quote, TextSpan } from '../types.js';

const CONTENT_MAX = 220;

/**
 * A readable plain-text report of an analyzed document: meta, entities, dates, quotes with their speakers, claims
 * and warnings. It reads only the JSON document, so it works on a document loaded from a file, and every section
 * says "none" when its layer is empty.
 *
 * @example
 * import { analyze } from 'claimgraph';
 * import { formatReport } from './report.js';
 * console.log(formatReport(analyze('Ren said the company has never spied.', { published: '2019-01-15' })));
 */
export function formatReport(doc: AnalyzedDocument): string {
  const out: string[] = [];
  const entityName = new Map<string, string>(doc.entities.map((e) => [e.id, e.name]));
  const dateValue = new Map<string, string>(doc.dates.map((d) => [d.id, d.value]));
  out.push(`claimgraph report${doc.id === undefined ? '' : `: ${doc.id}`}`, '');
  out.push(...metaLines(doc));

  section(out, 'Entities', doc.entities, (e) => entityLine(e));
  section(out, 'Dates', doc.dates, (d) => `  ${quoteText(d.text).padEnd(28)} ${d.type.padEnd(8)} ${d.value}`);
  section(out, 'Quotes', doc.quotes, (q) => quoteLines(q, entityName, dateValue));
  section(out, 'Claims', doc.claims, (c) => claimLines(c, entityName));
  section(out, 'Warnings', doc.warnings, (w) => `  ${w.rule}: ${w.message}${w.span ? ` @${w.span.start}` : ''}`);
  return `${out.join('\n')}\n`;
}

function metaLines(doc: AnalyzedDocument): string[] {
  const m = doc.meta;
  const lines: string[] = [];
  const row = (label: string, value: string | undefined) => {
    if (value !== undefined && value !== '') lines.push(`${label.padEnd(11)}${value}`);
  };
  row('Title', m.title?.text);
  row('Byline', m.byline?.text);
  row('Authors', m.authors.join('; '));
  const from =
    m.publishedFrom === 'text' && m.dateline ? `from the text: ${quoteText(m.dateline.text)}` : m.publishedFrom;
  row('Published', m.published === undefined ? `unknown (${m.publishedFrom})` : `${m.published} (${from})`);
  row('Outlet', m.outlet);
  row(
    'Text',
    `${doc.text.length.toLocaleString('en-US')} chars, ${doc.paragraphs.length} paragraphs, ` +
      `${doc.sentences.length} sentences, ${doc.tokens.length} tokens`,
  );
  if (m.captions.length) row('Captions', m.captions.map((c) => quoteText(c.text)).join(' | '));
  if (m.credits.length) row('Credits', m.credits.map((c) => quoteText(c.text)).join(' | '));
  if (m.boilerplate.length) row('Skipped', `${m.boilerplate.length} boilerplate line(s)`);
  return lines;
}

function section<T>(out: string[], title: string, items: readonly T[], line: (item: T) => string): void {
  out.push('', `${title} (${items.length})`);
  if (items.length === 0) out.push('  none');
  for (const item of items) out.push(line(item));
}

function entityLine(e: Entity): string {
  const extras: string[] = [`${e.mentionIds.length} mention${e.mentionIds.length === 1 ? '' : 's'}`];
  const aliases = e.aliases.filter((a) => a !== e.name);
  if (aliases.length) extras.push(`also ${aliases.map((a) => quoteText(a)).join(', ')}`);
  if (e.countryCode) extras.push(e.countryCode);
  if (e.titles?.length) extras.push(`titles: ${e.titles.join(', ')}`);
  for (const r of e.roles ?? []) extras.push(`role: ${r.title}${r.of ? ` of ${r.of}` : ''}`);
  return `  ${e.id.padEnd(5)} ${e.type.padEnd(12)} ${e.name}  (${extras.join('; ')})`;
}

function quoteLines(q: Quote, names: ReadonlyMap<string, string>, dates: ReadonlyMap<string, string>): string {
  const speaker = q.speaker
    ? `${(!q.speaker.entityIds && q.speaker.entityId && names.get(q.speaker.entityId)) || q.speaker.text}`
    : '(no speaker found)';
  const head = [`  ${q.id.padEnd(5)} ${q.kind.padEnd(8)} ${speaker}`];
  if (q.cue) head.push(`cue ${quoteText(q.cue.text)}`);
  if (q.reportedBy)
    head.push(`reported by ${(q.reportedBy.entityId && names.get(q.reportedBy.entityId)) || q.reportedBy.text}`);
  if (q.dateId && dates.has(q.dateId)) head.push(`on ${dates.get(q.dateId)}`);
  head.push(`[${q.rule} ${q.confidence.toFixed(2)}]`);
  return `${head.join(', ')}\n        ${quoteText(joinContent(q.content))}`;
}

function claimLines(c: Claim, names: ReadonlyMap<string, string>): string {
  const who = (!c.claimantIds && c.claimantId && names.get(c.claimantId)) || c.claimant;
  const flags = [c.stance, c.polarity === 'negative' ? 'negated' : '', c.hedged ? 'hedged' : ''].filter(Boolean);
  const about = c.aboutIds.map((id) => names.get(id) ?? id);
  const tail = [
    c.date ? `date ${c.date}` : '',
    c.reportedBy ? `reported by ${c.reportedBy}` : '',
    about.length ? `about ${about.join(', ')}` : '',
  ].filter(Boolean);
  return `  ${c.id.padEnd(5)} ${who} ${flags.join(', ')}: ${quoteText(c.text)}${tail.length ? `\n        ${tail.join('; ')}` : ''}`;
}

function joinContent(parts: readonly TextSpan[]): string {
  return parts.map((p) => p.text).join(' … ');
}

/** One line, shortened, in quotation marks: article text can hold newlines and control characters. */
function quoteText(text: string): string {
  let s = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    s += c < 0x20 || (c >= 0x7f && c < 0xa0) ? ' ' : ch;
  }
  s = s.replace(/ {2,}/g, ' ').trim();
  if (s.length > CONTENT_MAX) s = `${s.slice(0, CONTENT_MAX - 1)}…`;
  return `“${s}”`;
}
