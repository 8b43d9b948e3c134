/**
 * The JSON contract of claimgraph. Every layer is standoff: spans point into the unchanged input with
 * UTF-16 offsets, end exclusive, so `text.slice(span.start, span.end) === span.text` always holds.
 * Other programs read this shape; `schemaVersion` changes when it does. An addition that leaves every older document
 * valid (an optional field, a new node kind or edge type) keeps it: readers should skip kinds and types they do not
 * know.
 */

export const SCHEMA_VERSION = 1 as const;

export interface Span {
  start: number;
  end: number;
}

/** A span with its text; `text === input.slice(start, end)`. */
export interface TextSpan extends Span {
  text: string;
  /** Only in graphs merged from several documents (`mergeGraphs`): the id of the document the span points into. */
  doc?: string;
}

export interface ArticleMeta {
  title?: TextSpan;
  byline?: TextSpan;
  authors: string[];
  /** ISO date: options.published, else read from a dateline in the text. */
  published?: string;
  publishedFrom: 'option' | 'text' | 'none';
  /**
   * The date of the header's dateline, when the text has one: the publication date is read from it unless
   * options.published is given. Nothing in it is a quote; its date is a date mention (the rest of its line is
   * furniture).
   */
  dateline?: TextSpan;
  /** options.outlet, else from a credit such as "From The Epoch Times". */
  outlet?: string;
  captions: TextSpan[];
  credits: TextSpan[];
  /** Newsletter prompts, share/cookie/privacy lines: later stages skip them. */
  boilerplate: TextSpan[];
  /** Body lines that repeat the title: later stages skip them so a headline claim is not counted twice. */
  repeatedTitles: TextSpan[];
}

export interface Token extends TextSpan {
  i: number;
  pos?: string;
  lemma?: string;
}

export interface Sentence extends TextSpan {
  i: number;
  paragraph: number;
  /** Indices of the first and last token (inclusive). A sentence always holds at least one token. */
  tokens: [first: number, last: number];
}

export type EntityType = 'person' | 'organization' | 'country' | 'location';

export type MentionForm = 'name' | 'demonym' | 'pronoun' | 'description';

export interface Mention extends TextSpan {
  id: string;
  type: EntityType;
  form: MentionForm;
  entityId: string;
  rule: string;
  confidence: number;
}

export interface Role {
  title: string;
  /** Entity id of the organization or country the role is held in. */
  of?: string;
  evidence: TextSpan;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name: the fullest name form seen in the document. */
  name: string;
  aliases: string[];
  mentionIds: string[];
  /** ISO 3166-1 alpha-2, for countries (and demonyms linked to them). */
  countryCode?: string;
  titles?: string[];
  roles?: Role[];
}

export type DateType = 'date' | 'time' | 'duration' | 'set';

export interface DateMention extends TextSpan {
  id: string;
  type: DateType;
  /** TIMEX3 value: 2019-01-15, 2018-08, 2019-W02-WE, P3Y, PRESENT_REF, XXXX-08 ... */
  value: string;
  rule: string;
  /** How sure the rule is (0–1): "May" with only a preposition as evidence is less sure than "May 5, 2019". */
  confidence?: number;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote {
  id: string;
  kind: QuoteKind;
  /** One fragment, or several for discontinuous content ("“…,” he said, “…”"). */
  content: TextSpan[];
  cue?: TextSpan & { lemma: string };
  speaker?: {
    text: string;
    span?: TextSpan;
    mentionId?: string;
    entityId?: string;
    /** Every entity a coordinated speaker phrase names ("Trump and Pence said"), in order; `entityId` is the first. */
    entityIds?: string[];
  };
  reportedBy?: { text: string; span?: TextSpan; entityId?: string };
  dateId?: string;
  rule: string;
  confidence: number;
}

export type Polarity = 'positive' | 'negative';
export type Stance = 'asserts' | 'denies' | 'alleges' | 'confirms' | 'reports' | 'predicts' | 'questions';

export interface Claim {
  id: string;
  /** The statement, without quote marks or a leading "that". */
  text: string;
  quoteId: string;
  claimant: string;
  claimantId?: string;
  /** Every claimant of a statement made together ("Trump and Pence said"), in order; `claimantId` is the first. */
  claimantIds?: string[];
  reportedBy?: string;
  reportedById?: string;
  /** TIMEX3 value of when it was said, else the article's date. */
  date?: string;
  polarity: Polarity;
  stance: Stance;
  /** may, could, might, reportedly, allegedly. */
  hedged: boolean;
  /** Entities the statement is about, pronouns resolved. */
  aboutIds: string[];
  evidence: TextSpan[];
  rule: string;
  confidence: number;
}

export type GraphNode =
  | { id: string; kind: 'entity'; entityId: string; label: string; type: EntityType }
  | { id: string; kind: 'claim'; claimId: string; label: string }
  /** One node per distinct TIMEX3 value a claim is dated with (`date:2019-01-15`); `label` is the value. */
  | { id: string; kind: 'date'; value: string; label: string };

/** `on_date` runs from a claim to the date it was made (its `Claim.date`). */
export type EdgeType = 'said' | 'reported_by' | 'about' | 'role' | 'contradicts' | 'on_date';

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  type: EdgeType;
  label?: string;
  evidence: TextSpan[];
  confidence: number;
}

export interface ClaimGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A problem found in the input (an unbalanced quote mark, a truncated text), with where and which rule saw it. */
export interface Warning {
  rule: string;
  message: string;
  span?: Span;
}

export interface AnalyzedDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  id?: string;
  text: string;
  meta: ArticleMeta;
  paragraphs: TextSpan[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
  claims: Claim[];
  graph: ClaimGraph;
  warnings: Warning[];
}

/** The layers a stage can need or add. */
export type Layer =
  | 'meta'
  | 'paragraphs'
  | 'sentences'
  | 'tokens'
  | 'mentions'
  | 'entities'
  | 'dates'
  | 'quotes'
  | 'claims'
  | 'graph'
  | 'warnings';

export interface AnalyzeOptions {
  /** Publication date (ISO string or Date); relative dates are resolved against it. */
  published?: string | Date;
  /** The outlet that published the article; the default reporter of its quotes. */
  outlet?: string;
  /** A document id carried into the output. */
  id?: string;
  /** Stage names (or prefixes such as 'quotes') to leave out. */
  disable?: readonly string[];
  /** Collect debug messages in the trace (see `Pipeline.analyzeTraced`); timings are always kept. */
  trace?: boolean;
}

export interface DocumentInput {
  id?: string;
  text: string;
  published?: string | Date;
  outlet?: string;
}
