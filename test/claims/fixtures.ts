/**
 * Hand-made AnalyzedDocument builders: the claims and export layers are tested against the JSON contract
 * alone, whatever the entity, date and quote stages currently find. Spans are located by substring.
 */
import { emptyDocument } from '../../src/pipeline/pipeline.js';
import { tokenizeStage } from '../../src/text/tokenize.js';
import type {
  AnalyzedDocument,
  DateMention,
  Entity,
  EntityType,
  Mention,
  MentionForm,
  Quote,
  QuoteKind,
  TextSpan,
} from '../../src/types.js';

export interface DocBuilder {
  readonly text: string;
  /** The `nth` occurrence (0-based) of `sub`; throws when absent so a typo fails loudly. */
  span(sub: string, nth?: number): TextSpan;
  /** An entity with a name mention at each listed occurrence (default: the first of its name). */
  entity(type: EntityType, name: string, opts?: { aliases?: string[]; at?: [string, number?][] }): Entity;
  mention(entity: Entity, sub: string, opts?: { nth?: number; form?: MentionForm }): Mention;
  role(person: Entity, title: string, of: Entity, evidence: string): void;
  date(sub: string, value: string): DateMention;
  quote(q: {
    content: (string | [string, number])[];
    kind?: QuoteKind;
    cue?: [string, string];
    speaker?: Entity | string;
    speakerAt?: [string, number];
    reportedBy?: Entity | string;
    date?: DateMention;
  }): Quote;
  doc(): AnalyzedDocument;
}

export function docBuilder(text: string, meta: { published?: string; outlet?: string; id?: string } = {}): DocBuilder {
  const doc = emptyDocument(text, meta.id);
  Object.assign(doc, tokenizeStage.run(doc, { options: {}, trace: { timings: [] } } as never));
  if (meta.published !== undefined) {
    doc.meta.published = meta.published;
    doc.meta.publishedFrom = 'option';
  }
  if (meta.outlet !== undefined) doc.meta.outlet = meta.outlet;

  const span = (sub: string, nth = 0): TextSpan => {
    let at = -1;
    for (let k = 0; k <= nth; k++) {
      at = text.indexOf(sub, at + 1);
      if (at < 0) throw new Error(`fixture: "${sub}" #${nth} not in text`);
    }
    return { start: at, end: at + sub.length, text: sub };
  };
  const mention = (entity: Entity, sub: string, opts: { nth?: number; form?: MentionForm } = {}): Mention => {
    const m: Mention = {
      id: `m${doc.mentions.length + 1}`,
      ...span(sub, opts.nth),
      type: entity.type,
      form: opts.form ?? 'name',
      entityId: entity.id,
      rule: 'fixture',
      confidence: 1,
    };
    doc.mentions.push(m);
    doc.mentions.sort((a, b) => a.start - b.start);
    entity.mentionIds.push(m.id);
    return m;
  };
  return {
    text,
    span,
    entity(type, name, opts = {}) {
      const e: Entity = { id: `e${doc.entities.length + 1}`, type, name, aliases: opts.aliases ?? [], mentionIds: [] };
      doc.entities.push(e);
      const at = opts.at ?? (text.includes(name) ? [[name, 0]] : []);
      for (const [sub, nth] of at) mention(e, sub, nth === undefined ? {} : { nth });
      return e;
    },
    mention,
    role(person, title, of, evidence) {
      person.roles = [...(person.roles ?? []), { title, of: of.id, evidence: span(evidence) }];
    },
    date(sub, value) {
      const d: DateMention = { id: `d${doc.dates.length + 1}`, ...span(sub), type: 'date', value, rule: 'fixture' };
      doc.dates.push(d);
      return d;
    },
    quote(q) {
      const content = q.content.map((c) => (typeof c === 'string' ? span(c) : span(c[0], c[1])));
      const quote: Quote = {
        id: `q${doc.quotes.length + 1}`,
        kind: q.kind ?? 'indirect',
        content,
        rule: 'fixture',
        confidence: 0.9,
      };
      if (q.cue) quote.cue = { ...span(q.cue[0]), lemma: q.cue[1] };
      if (q.speaker !== undefined) {
        quote.speaker =
          typeof q.speaker === 'string'
            ? { text: q.speaker, span: q.speakerAt ? span(...q.speakerAt) : span(q.speaker) }
            : { text: q.speaker.name, entityId: q.speaker.id, ...(q.speakerAt ? { span: span(...q.speakerAt) } : {}) };
      }
      if (q.reportedBy !== undefined) {
        quote.reportedBy =
          typeof q.reportedBy === 'string'
            ? { text: q.reportedBy, span: span(q.reportedBy) }
            : { text: q.reportedBy.name, entityId: q.reportedBy.id, span: span(q.reportedBy.name) };
      }
      if (q.date) quote.dateId = q.date.id;
      doc.quotes.push(quote);
      return quote;
    },
    doc: () => doc,
  };
}

/** A short article of my own in news style: a founder's denial, two outlets, an allegation, a role. */
export function sampleDoc(): AnalyzedDocument {
  const text =
    'Acme Robotics founder Lena Park said her company has never sold data to foreign agencies, the Daily Ledger reported.\n' +
    '“No contract requires us to hand over customer records,” Park said on March 3.\n' +
    'Regulators allege that Acme Robotics sold customer data to a foreign agency, an allegation the company denied.\n' +
    'Acme Robotics also denied that its robots could be used for surveillance.\n' +
    'Park said the firm will open a new plant in Ohio next year, the Morning Post reported.';
  const b = docBuilder(text, { published: '2024-03-05', outlet: 'The Harbour Times', id: 'acme' });
  const acme = b.entity('organization', 'Acme Robotics', {
    at: [
      ['Acme Robotics', 0],
      ['Acme Robotics', 1],
      ['Acme Robotics', 2],
    ],
  });
  const park = b.entity('person', 'Lena Park', {
    aliases: ['Park'],
    at: [
      ['Lena Park', 0],
      ['Park', 1],
      ['Park', 2],
    ],
  });
  const ledger = b.entity('organization', 'Daily Ledger');
  const post = b.entity('organization', 'Morning Post');
  const ohio = b.entity('location', 'Ohio');
  b.mention(acme, 'her company', { form: 'description' });
  b.mention(acme, 'the company', { form: 'description' });
  b.mention(acme, 'its', { nth: 0, form: 'pronoun' });
  b.role(park, 'founder', acme, 'Acme Robotics founder Lena Park');
  const march = b.date('March 3', '2024-03-03');
  b.quote({
    content: ['her company has never sold data to foreign agencies'],
    cue: ['said', 'say'],
    speaker: park,
    reportedBy: ledger,
  });
  b.quote({
    kind: 'direct',
    content: ['“No contract requires us to hand over customer records,”'],
    cue: ['said', 'say'],
    speaker: park,
    speakerAt: ['Park', 1],
    date: march,
  });
  b.quote({
    content: ['that Acme Robotics sold customer data to a foreign agency'],
    cue: ['allege', 'allege'],
    speaker: 'Regulators',
  });
  b.quote({ content: ['that its robots could be used for surveillance'], cue: ['denied', 'deny'], speaker: acme });
  b.quote({
    content: ['the firm will open a new plant in Ohio next year'],
    cue: ['said', 'say'],
    speaker: park,
    speakerAt: ['Park', 2],
    reportedBy: post,
  });
  void ohio;
  return b.doc();
}
