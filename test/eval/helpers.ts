import { emptyDocument } from '../../src/pipeline/pipeline.js';
import type { AnalyzedDocument, EntityType, Mention, MentionForm, Quote, TextSpan } from '../../src/types.js';

/** The span of the `nth` occurrence (0-based) of `needle` in `text`; throws when absent so tables stay honest. */
export function at(text: string, needle: string, nth = 0): TextSpan {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" (#${nth}) not in "${text}"`);
  }
  return { start: i, end: i + needle.length, text: needle };
}

export function mention(text: string, needle: string, type: EntityType, form: MentionForm = 'name', nth = 0): Mention {
  const s = at(text, needle, nth);
  return { ...s, id: `m${s.start}-${s.end}`, type, form, entityId: 'e0', rule: 'test', confidence: 1 };
}

/** A document with the given mentions, all pointing at one entity e0 (named `name`). */
export function docWith(text: string, parts: Partial<AnalyzedDocument> = {}, name = 'X'): AnalyzedDocument {
  const doc = emptyDocument(text);
  Object.assign(doc, parts);
  if (doc.entities.length === 0 && doc.mentions.length > 0) {
    doc.entities = [{ id: 'e0', type: 'person', name, aliases: [], mentionIds: doc.mentions.map((m) => m.id) }];
  }
  return doc;
}

export function quote(id: string, content: TextSpan[], extra: Partial<Quote> = {}): Quote {
  return { id, kind: 'direct', content, rule: 'test', confidence: 1, ...extra };
}
