/**
 * A checklist of a document against a hand-written `expected.json` (the seed article's format): meta fields,
 * required and bonus entities (type, name, country code), words that must not be entities, coreference, dates with
 * their values, and quotes with kind, speaker, cue and reporter. Each item passes or says what was found instead.
 */
import type { AnalyzedDocument, Entity, Quote } from '../types.js';
import { fragments, fragmentsLength, overlapLength } from './match.js';

export interface SeedItem {
  label: string;
  ok: boolean;
  detail?: string;
}

export interface SeedSection {
  name: string;
  items: SeedItem[];
  passed: number;
}

export interface SeedReport {
  name: string;
  sections: SeedSection[];
}

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const norm = (s: string) => s.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

function item(label: string, problems: string[]): SeedItem {
  return problems.length === 0 ? { label, ok: true } : { label, ok: false, detail: problems.join('; ') };
}

function section(name: string, items: SeedItem[]): SeedSection {
  return { name, items, passed: items.filter((i) => i.ok).length };
}

function checkMeta(expected: Json, doc: AnalyzedDocument): SeedItem[] {
  const m = doc.meta;
  const items: SeedItem[] = [];
  const same = (label: string, want: string | undefined, got: string | undefined) => {
    if (want === undefined) return;
    items.push(
      item(`${label}: ${want}`, got !== undefined && norm(got) === norm(want) ? [] : [`got ${JSON.stringify(got)}`]),
    );
  };
  same('title', str(expected.title), m.title?.text);
  const byline = arr(expected.byline).map(String);
  if (byline.length > 0) {
    const got = m.authors.map(norm);
    items.push(
      item(
        `authors: ${byline.join(', ')}`,
        byline.every((b) => got.includes(norm(b))) ? [] : [`got ${JSON.stringify(m.authors)}`],
      ),
    );
  }
  same('published', str(expected.published), m.published);
  same('outlet', str(expected.outlet), m.outlet);
  const contains = (label: string, want: string[], got: readonly { text: string }[]) => {
    for (const w of want) {
      const ok = got.some((g) => norm(g.text) === norm(w) || norm(g.text).includes(norm(w)));
      items.push(item(`${label}: ${w.slice(0, 60)}`, ok ? [] : [`got ${got.length} ${label}`]));
    }
  };
  contains('credits', arr(expected.credits).map(String), m.credits);
  const caption = str(expected.caption);
  if (caption) contains('captions', [caption], m.captions);
  contains('boilerplate', arr(expected.boilerplate).map(String), m.boilerplate);
  if (expected.repeated_title !== undefined) {
    items.push(item('repeated title found', m.repeatedTitles.length > 0 ? [] : ['meta.repeatedTitles is empty']));
  }
  return items;
}

function findEntity(doc: AnalyzedDocument, name: string): Entity | undefined {
  const n = norm(name);
  return doc.entities.find((e) => norm(e.name) === n) ?? doc.entities.find((e) => e.aliases.some((a) => norm(a) === n));
}

function checkEntities(list: unknown[], doc: AnalyzedDocument): SeedItem[] {
  return list.map((raw) => {
    const e = obj(raw);
    const name = str(e.name) ?? '?';
    const type = str(e.type);
    const code = str(e.code);
    const found = findEntity(doc, name);
    const problems: string[] = [];
    if (!found) problems.push('not found');
    else {
      if (norm(found.name) !== norm(name)) problems.push(`only as an alias of "${found.name}"`);
      if (type && found.type !== type) problems.push(`type ${found.type}`);
      if (code && found.countryCode !== code) problems.push(`code ${found.countryCode ?? 'none'}`);
      for (const alias of arr(e.aliases).map(String)) {
        const known =
          found.aliases.some((a) => norm(a) === norm(alias)) ||
          doc.mentions.some((m) => m.entityId === found.id && norm(m.text) === norm(alias));
        if (!known) problems.push(`alias "${alias}" not linked`);
      }
    }
    return item(`${type ?? ''} ${name}${code ? ` (${code})` : ''}`.trim(), problems);
  });
}

function checkNotEntities(list: unknown[], doc: AnalyzedDocument): SeedItem[] {
  return list.map((raw) => {
    const s = norm(String(raw));
    const asEntity = doc.entities.find((e) => norm(e.name) === s);
    const asMention = doc.mentions.find((m) => m.form === 'name' && norm(m.text) === s);
    return item(`not an entity: ${String(raw)}`, asEntity || asMention ? ['found as an entity'] : []);
  });
}

/**
 * Every occurrence of `needle` in `text`, where any run of whitespace (a non-breaking space too) matches any other and
 * straight and curly apostrophes match each other: hand-written expectations are typed with plain spaces.
 */
function occurrences(text: string, needle: string): { start: number; end: number }[] {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const source = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’‘]/g, "['’‘]")).join('\\s+');
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(new RegExp(source, 'g'))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function checkCoreference(list: unknown[], doc: AnalyzedDocument): SeedItem[] {
  const entityById = new Map(doc.entities.map((e) => [e.id, e]));
  return list.map((raw) => {
    const c = obj(raw);
    const text = str(c.text) ?? '';
    const want = str(c.entity) ?? '';
    const where = occurrences(doc.text, text)[0];
    if (!where) return item(`${text} → ${want}`, ['text not in the article']);
    const inside = doc.mentions.filter((m) => m.start >= where.start && m.end <= where.end && m.form !== 'name');
    const ok = inside.some((m) => norm(entityById.get(m.entityId)?.name ?? '') === norm(want));
    const got = inside.map((m) => `"${m.text}"→${entityById.get(m.entityId)?.name ?? '?'}`).join(', ');
    return item(`${text} → ${want}`, ok ? [] : [got ? `got ${got}` : 'no pronoun/description mention there']);
  });
}

function checkDates(list: unknown[], doc: AnalyzedDocument): SeedItem[] {
  return list.map((raw) => {
    const d = obj(raw);
    const text = str(d.text) ?? '';
    const value = str(d.value) ?? '';
    const spans = occurrences(doc.text, text);
    const hits = doc.dates.filter(
      (x) => norm(x.text) === norm(text) || spans.some((s) => x.start < s.end && s.start < x.end),
    );
    const problems: string[] = [];
    if (hits.length === 0) problems.push('not found');
    else if (!hits.some((h) => h.value === value))
      problems.push(`got ${hits.map((h) => `"${h.text}"=${h.value}`).join(', ')}`);
    return item(`${text} = ${value}`, problems);
  });
}

/** The quotes that cover more than half of `content`, best covering first. */
function quotesFor(doc: AnalyzedDocument, content: string): Quote[] {
  const share = new Map<Quote, number>();
  for (const s of occurrences(doc.text, content)) {
    const want = fragments(doc.text, [s]);
    for (const q of doc.quotes) {
      const x = overlapLength(fragments(doc.text, q.content), want) / fragmentsLength(want);
      if (x > 0.5 && x > (share.get(q) ?? 0)) share.set(q, x);
    }
  }
  return [...share].sort((a, b) => b[1] - a[1]).map(([q]) => q);
}

/** What differs between an expected quote and a found one (empty when it matches). */
function quoteProblems(q: Record<string, unknown>, found: Quote, entityById: Map<string, Entity>): string[] {
  const problems: string[] = [];
  const kind = str(q.kind);
  if (kind && found.kind !== kind) problems.push(`kind ${found.kind}`);
  const speakerName = found.speaker?.entityId ? entityById.get(found.speaker.entityId)?.name : undefined;
  const speaker = str(q.speaker);
  if (speaker && norm(speakerName ?? '') !== norm(speaker)) {
    problems.push(`speaker ${speakerName ?? found.speaker?.text ?? 'none'}`);
  }
  const speakerText = str(q.speaker_text);
  if (!speaker && speakerText && !norm(found.speaker?.text ?? '').includes(norm(speakerText))) {
    problems.push(`speaker text ${JSON.stringify(found.speaker?.text ?? null)}`);
  }
  const cue = str(q.cue);
  if (cue && norm(found.cue?.text ?? '') !== norm(cue)) problems.push(`cue ${JSON.stringify(found.cue?.text ?? null)}`);
  const reporter = str(q.reported_by);
  if (reporter) {
    const byEntity = found.reportedBy?.entityId ? entityById.get(found.reportedBy.entityId)?.name : undefined;
    const got = byEntity ?? found.reportedBy?.text;
    if (norm(got ?? '') !== norm(reporter)) problems.push(`reported by ${got ?? 'none'}`);
  }
  return problems;
}

/**
 * Each expected quote against the quotes covering its content: one content may carry several attributions (an
 * allegation and its denial), so the found quote that matches best is the one judged.
 */
function checkQuotes(list: unknown[], doc: AnalyzedDocument): SeedItem[] {
  const entityById = new Map(doc.entities.map((e) => [e.id, e]));
  return list.map((raw) => {
    const q = obj(raw);
    const content = str(q.content) ?? '';
    const label = `${str(q.kind) ?? ''} "${content.length > 50 ? `${content.slice(0, 49)}…` : content}"`;
    if (occurrences(doc.text, content).length === 0) return item(label, ['content not in the article verbatim']);
    const found = quotesFor(doc, content);
    if (found.length === 0) return item(label, ['no quote covers half of it']);
    let best = quoteProblems(q, found[0]!, entityById);
    for (const f of found.slice(1)) {
      const problems = quoteProblems(q, f, entityById);
      if (problems.length < best.length) best = problems;
    }
    return item(label, best);
  });
}

/** Checks `doc` against an expected.json object; sections with nothing expected are left out. */
export function checkSeed(name: string, expected: unknown, doc: AnalyzedDocument): SeedReport {
  const e = obj(expected);
  const entities = obj(e.entities);
  const dates = obj(e.dates);
  const quotes = obj(e.quotes);
  const sections = [
    section('meta', checkMeta(obj(e.meta), doc)),
    section('entities', checkEntities(arr(entities.required), doc)),
    section('entities bonus', checkEntities(arr(entities.bonus), doc)),
    section('not entities', checkNotEntities(arr(entities.not_entities), doc)),
    section('coreference', checkCoreference(arr(entities.coreference), doc)),
    section('dates', checkDates(arr(dates.required), doc)),
    section('dates bonus', checkDates(arr(dates.bonus), doc)),
    section('quotes', checkQuotes(arr(quotes.required), doc)),
    section('quotes bonus', checkQuotes(arr(quotes.bonus), doc)),
  ].filter((s) => s.items.length > 0);
  return { name, sections };
}
