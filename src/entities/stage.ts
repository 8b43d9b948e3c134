/**
 * The entities stage: name mentions from the averaged-perceptron tagger plus country and demonym rules, grouped
 * into one entity per real-world thing, with pronouns and definite descriptions resolved where the evidence is
 * good, and roles read from pre-name titles and appositives.
 */
import type { Draft, Stage } from '../pipeline/stage.js';
import { quotedSpansOf } from '../quotes/marks.js';
import { capitalizeWords, isAllCaps, startsLower } from '../text/letters.js';
import { CLOSERS } from '../text/sentence-fixes.js';
import type { Entity, Mention, Span } from '../types.js';
import { adminUnitPlaces } from './admin-units.js';
import { basedPlaces } from './based-places.js';
import { dropCreditRoles, fitBylineAuthors, fitCreditNames } from './byline.js';
import {
  type Candidate,
  candidatesFromSpans,
  completeGazetteerNames,
  creditCandidates,
  gazetteerCandidates,
  suffixCandidates,
} from './candidates.js';
import { dropClockTimes } from './clock-times.js';
import { clubRoles } from './club-roles.js';
import { type Cluster, cluster, runOnFullNames } from './clusters.js';
import {
  capitalsTakeUsualType,
  documentConsistency,
  dropTickers,
  nameShapedPersons,
  organizationSuffixes,
  partyBeforeMembers,
  partyTagStates,
  placesHoldingOffices,
  splitAtTitles,
  titledOffices,
  unsupportedPersons,
  untaggedTitledOffices,
} from './consistency.js';
import { coordinatedFamilies, pairedFirmNames, pairedPlaceBodies, splitCoordinatedNames } from './coordinated-names.js';
import { resolveReferences } from './coreference.js';
import { countryBranches } from './country-branches.js';
import { countryCompanies } from './country-companies.js';
import { joinCutFirstWords, joinCutLastWords } from './cut-first-words.js';
import { datelinePlaces } from './dateline-places.js';
import { appositiveBodies, describedBodies } from './described-bodies.js';
import { describedPersons } from './described-persons.js';
import { doubleSurnames } from './double-surnames.js';
import { factionInitials } from './faction-initials.js';
import {
  type DocEvidence,
  docEvidence,
  type FastScorer,
  fastScorer,
  featureContext,
  type NerToken,
} from './features.js';
import { foreignBodies } from './foreign-bodies.js';
import { formerTitles } from './former-titles.js';
import { joinHeadedRuns } from './headed-runs.js';
import { honorificsInWomensNames } from './honorific-names.js';
import { joinHyphenatedNames } from './hyphenated-names.js';
import { bracketedInitials, initialsAcronyms, spelledOutBodies } from './initials-acronyms.js';
import { invertedSpeakers } from './inverted-speakers.js';
import { itsReferents } from './its-bodies.js';
import { knownCompanyNames } from './known-companies.js';
import { countryLedGroups, groupHeadNames, knownGroupNames, untaggedGroupHeads } from './known-groups.js';
import { knownOutletNames } from './known-outlets.js';
import { dropLawNames } from './law-names.js';
import { leadingGivenNames } from './leading-given-names.js';
import { joinLegalSuffixes } from './legal-suffixes.js';
import { gazetteerPhrases, mediaNouns } from './lexicon.js';
import { localPeoplePlaces, placeNounPlaces } from './local-people.js';
import { matchTeams } from './match-teams.js';
import { defaultCompiledModel } from './model.js';
import { joinNameParticles } from './name-particles.js';
import { numberedRoads } from './numbered-roads.js';
import { joinForNames, joinMembersForNames, joinOfChains, joinSharedHeads } from './of-chains.js';
import { ordinalNames } from './ordinal-names.js';
import { joinPlaceLedNames } from './place-led-names.js';
import { dropPluralHeads } from './plural-heads.js';
import { pluralTitleNames } from './plural-titles.js';
import { joinInnerPossessives, joinPluralPossessives } from './possessive-names.js';
import { postNominalTitles } from './post-nominals.js';
import { pronounPersons, untaggedPersons } from './pronoun-persons.js';
import { publicFigureNames } from './public-figures.js';
import { recordingSystemNames } from './recording-systems.js';
import { reportingPlaces } from './reporting-places.js';
import { resultLineTeams, scorecardSides, standingsTeams } from './result-lines.js';
import { readRoles } from './roles.js';
import { royalNames } from './royal-titles.js';
import { seatPlaces } from './seat-places.js';
import { listedPortfolioBodies, personPortfolios, sectorBodies } from './sector-bodies.js';
import { shortNameCandidates } from './short-names.js';
import { showNames } from './show-names.js';
import { decodeWith, spansOf, TAGS } from './tagger.js';
import { teamNicknames } from './team-names.js';
import { thePlaceNames } from './the-places.js';
import { bareTitles, namedBodies, titledFirstNames, tradedCompanies } from './titled-names.js';
import { taggerInput } from './tokens.js';
import { transcriptLabels } from './transcript-labels.js';
import { wireSignoffs } from './wire-signoffs.js';

const U_PER = TAGS.indexOf('U-PER');

let sharedScorer: FastScorer | undefined;
/** One scorer per process: it holds the model index and the cache of per-word feature sums. */
function runScorer(): FastScorer {
  if (!sharedScorer) sharedScorer = fastScorer(defaultCompiledModel(), TAGS);
  return sharedScorer;
}

/** Marks after which a capital opens a sentence: quotation marks, brackets, a colon, a dash. */
const SENTENCE_OPENERS = new Set(['“', '"', '‘', "'", '«', '(', '[', ':', '—', '–']);

/** Whether token `k` opens a sentence of its own: a quotation mark, a bracket, a colon, a dash ("Reuters) - The"). */
function opensSentence(tokens: readonly NerToken[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (SENTENCE_OPENERS.has(t.text)) return true;
  // A hyphen with a space on each side is a dash, as wire datelines write it.
  return t.text === '-' && tokens[k - 1] !== undefined && tokens[k - 1]!.end < t.start && t.end < tokens[k + 1]!.start;
}

/** Whether a closing mark follows token `k`, maybe after a comma or a period ("“The Apprentice,”"). */
function closesAfter(tokens: readonly NerToken[], k: number): boolean {
  const next = tokens[k + 1]?.text ?? '';
  if (CLOSERS.has(next)) return true;
  return (next === ',' || next === '.') && CLOSERS.has(tokens[k + 2]?.text ?? '');
}

/**
 * A capitalized "The" in mid-sentence belongs to the name after it: "The Australian" (a newspaper, not a demonym),
 * "The Epoch Times". The demonym becomes an organization with the article in its span; an organization keeps its
 * span (taggers leave "The" out) and records the article for its canonical name.
 */
function theTitles(candidates: Candidate[], tokens: readonly NerToken[]): void {
  for (const c of candidates) {
    const the = tokens[c.first - 1];
    if (the?.text !== 'The' || the.sentenceStart || the.sentence !== tokens[c.first]!.sentence) continue;
    // "“The Fed is not done,” she said": a quotation, a bracket or a colon opens a sentence of its own; a quoted
    // title closes right after the name ("“The Apprentice,”").
    if (opensSentence(tokens, c.first - 2) && !closesAfter(tokens, c.last)) continue;
    // "Q: The Australian government says …": a demonym before a common noun modifies it; no newspaper, unless the
    // noun says it is one ("The Australian news outlet").
    const next = tokens[c.last + 1];
    const modifies =
      next?.sentence === the.sentence && startsLower(next.text) && next.pos === 'NOUN' && !mediaNouns.has(next.text);
    if (c.form === 'demonym' && modifies) continue;
    if (c.form === 'demonym') {
      c.first -= 1;
      c.type = 'organization';
      c.form = 'name';
      c.rule = 'entities/the-title';
      c.confidence = 0.6;
      c.country = undefined;
    } else if (c.type === 'organization') c.withThe = true;
  }
}
const B_PER = TAGS.indexOf('B-PER');

/*
 * The stage is a chain of small named steps rather than one long function: V8 compiles each on its own, so new type
 * feedback in one step (a rare rule firing on the hundredth document) recompiles that step, not the whole stage
 * with everything inlined into it (the one-function `run` was compiled five times over the first 300 documents).
 */

export const entitiesStage: Stage = {
  name: 'entities',
  needs: ['tokens', 'sentences', 'meta'],
  adds: ['mentions', 'entities'],
  run(doc) {
    const { text } = doc;
    const tokens = taggerInput(doc);
    if (tokens.length === 0) return { mentions: [], entities: [] };
    const evidence = docEvidence(tokens);
    const { tags, alternatives } = tagTokens(tokens, evidence);
    const spans = candidatesFromSpans(tokens, spansOf(tags), evidence, text);
    completeGazetteerNames(spans, tokens, text);
    const tagged = refineTagged(spans, tokens, evidence, alternatives, text);
    const consistent = refineKinds(tagged, tokens, evidence, text);
    const joined = addAndJoin(consistent, tokens, text);
    const candidates = fitNames(joined, tokens, evidence, doc, text);
    formerTitles(candidates, tokens);
    const { clusterOf } = cluster(candidates, tokens, text);
    const { roles, gender } = readRoles(tokens, candidates, clusterOf, text);
    const furniture = [...(doc.meta.byline ? [doc.meta.byline] : []), ...doc.meta.credits];
    const references = resolveReferences(
      tokens,
      candidates,
      clusterOf,
      gender,
      text,
      quotedTokens(doc, tokens),
      furniture,
      roles,
      leadEnd(doc, tokens, furniture),
    );
    const { mentions, entityIds, mentionIdsOf } = numberMentions(candidates, references, clusterOf, tokens, text);
    const entities: Entity[] = [];
    for (const [cl, id] of entityIds) entities.push(entityOf(cl, id, mentionIdsOf, entityIds, roles, tokens, text));
    entities.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
    return { mentions, entities };
  },
};

/**
 * The tagger's best tags, and the scores of the tokens it tagged as single-word or opening person tags: without person
 * evidence in the document, such a word is re-decided among the other classes (see unsupportedPersons).
 */
function tagTokens(
  tokens: readonly NerToken[],
  evidence: DocEvidence,
): { tags: Int32Array; alternatives: Map<number, Float64Array> } {
  const ctx = featureContext(tokens, evidence);
  const alternatives = new Map<number, Float64Array>();
  const scorer = runScorer();
  const tags = decodeWith(
    tokens,
    (i, prev, prev2, scores) => {
      scorer.score(ctx, i, prev, prev2, scores);
      return undefined;
    },
    undefined,
    (i, tag, scores) => {
      if (tag === U_PER || tag === B_PER) alternatives.set(i, scores.slice());
    },
  );
  return { tags, alternatives };
}

/** The tagged spans mended: joined across hyphens and particles, split at titles and coordinations, re-typed. */
function refineTagged(
  spans: Candidate[],
  tokens: readonly NerToken[],
  evidence: DocEvidence,
  alternatives: Map<number, Float64Array>,
  text: string,
): Candidate[] {
  const joined = postNominalTitles(
    joinNameParticles(factionInitials(joinHyphenatedNames(spans, tokens), tokens), tokens, text),
    tokens,
  );
  const families = coordinatedFamilies(splitCoordinatedNames(joined, tokens), tokens);
  // Titled before the unsupported-person check, which leaves titled names alone: "Sens. Warren and Sanders" has no
  // given name to support "Warren", but the title does.
  pluralTitleNames(families, tokens);
  doubleSurnames(families, tokens, evidence, text);
  const supported = unsupportedPersons(families, tokens, alternatives, text);
  const titled = royalNames(splitAtTitles(supported, tokens, evidence, text), tokens, text);
  wireSignoffs(titled, tokens, text);
  const bare = bareTitles(
    partyTagStates(recordingSystemNames(dropClockTimes(dropTickers(titled, tokens), tokens), tokens), tokens),
    tokens,
    text,
  );
  partyBeforeMembers(bare, tokens);
  const tagged = titledFirstNames(bare, tokens);
  seatPlaces(tagged, tokens, text);
  leadingGivenNames(tagged, tokens, evidence, text);
  namedBodies(tagged, tokens, text);
  tradedCompanies(tagged, tokens);
  organizationSuffixes(tagged, tokens);
  adminUnitPlaces(tagged, tokens);
  ordinalNames(tagged, tokens);
  nameShapedPersons(tagged, tokens, text);
  invertedSpeakers(tagged, tokens, text);
  resultLineTeams(tagged, tokens, text);
  standingsTeams(tagged, tokens, text);
  clubRoles(tagged, tokens, text);
  matchTeams(tagged, tokens, text);
  const labelled = transcriptLabels(tagged, tokens, text);
  capitalsTakeUsualType(labelled, tokens, text);
  placesHoldingOffices(labelled, tokens, text);
  titledOffices(labelled, tokens, text);
  describedBodies(labelled, tokens);
  return labelled;
}

/** Types and extents from what the document and the lexicons know: places, known groups, firms, public figures. */
function refineKinds(
  tagged: Candidate[],
  tokens: readonly NerToken[],
  evidence: DocEvidence,
  text: string,
): Candidate[] {
  const placed = datelinePlaces(
    dropPluralHeads(pairedPlaceBodies(pairedFirmNames(tagged, tokens), tokens), tokens, evidence),
    tokens,
    text,
  );
  const described = basedPlaces(describedPersons(joinHeadedRuns(placed, tokens), tokens, text), tokens, text);
  reportingPlaces(described, tokens);
  localPeoplePlaces(described, tokens);
  placeNounPlaces(described, tokens);
  const roads = numberedRoads(described, tokens);
  sectorBodies(roads, tokens);
  const bodies = listedPortfolioBodies(roads, tokens);
  personPortfolios(bodies, tokens);
  const known = knownCompanyNames(publicFigureNames(joinLegalSuffixes(bodies, tokens), tokens, text), tokens, text);
  const headed = untaggedGroupHeads(knownGroupNames(known, tokens, text), tokens);
  groupHeadNames(headed, tokens);
  const groups = countryLedGroups(headed, tokens);
  countryCompanies(groups, tokens, text);
  const whole = joinCutLastWords(joinCutFirstWords(thePlaceNames(groups, tokens, text), tokens, text), tokens, text);
  // Again after the document's repeats: "CCTV reported" does not make the "CCTV footage" of another sentence a name.
  const consistent = recordingSystemNames(documentConsistency(whole, tokens, evidence, text), tokens);
  // The document's repeats of "Office" ("the Attorney General's Office") take their titles as the tagged one did.
  titledOffices(consistent, tokens, text);
  itsReferents(consistent, tokens, text);
  return consistent;
}

/** Candidates no tagger proposed (suffixed firms, credits, gazetteer names), then the joins over all of them. */
function addAndJoin(consistent: Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  const offices = untaggedTitledOffices(consistent, tokens, text);
  const withSuffixes = [...offices, ...suffixCandidates(tokens, offices)];
  const withCredits = [...withSuffixes, ...creditCandidates(tokens, withSuffixes)];
  const withPlaces = [...withCredits, ...gazetteerCandidates(tokens, withCredits, text)];
  const withTeams = scorecardSides([...withPlaces, ...teamNicknames(tokens, withPlaces)], tokens, text);
  const all = [...withTeams, ...shortNameCandidates(tokens, withTeams)].sort((a, b) => a.first - b.first);
  const possessives = joinPluralPossessives(joinInnerPossessives(all, tokens), tokens);
  const placeLed = spelledOutBodies(
    foreignBodies(
      joinPlaceLedNames(
        joinMembersForNames(joinSharedHeads(joinForNames(joinOfChains(possessives, tokens), tokens), tokens), tokens),
        tokens,
      ),
      tokens,
    ),
    tokens,
  );
  theTitles(placeLed, tokens);
  bracketedInitials(placeLed, tokens, text);
  const acronyms = [...initialsAcronyms(tokens, placeLed, text), ...appositiveBodies(tokens, placeLed)];
  const named = acronyms.length === 0 ? placeLed : [...placeLed, ...acronyms].sort((a, b) => a.first - b.first);
  return knownOutletNames(showNames(named, tokens), tokens);
}

/** Names fitted to the byline and credits, persons only the document's grammar shows, honorifics in women's names. */
function fitNames(
  joined: Candidate[],
  tokens: readonly NerToken[],
  evidence: DocEvidence,
  doc: Draft,
  text: string,
): Candidate[] {
  const fitted = runOnFullNames(fitBylineAuthors(countryBranches(joined, tokens), tokens, doc.meta), tokens, text);
  fitCreditNames(fitted, tokens, doc.meta);
  const credited = dropCreditRoles(fitted, tokens, doc.meta);
  const unseen = untaggedPersons(credited, tokens, evidence, text);
  const candidates = dropLawNames(
    unseen.length === 0 ? credited : [...credited, ...unseen].sort((a, b) => a.first - b.first),
    tokens,
  );
  pronounPersons(candidates, tokens, text);
  honorificsInWomensNames(candidates, tokens, text);
  return candidates;
}

type References = ReturnType<typeof resolveReferences>;

/** One spot of the text that mentions an entity: a candidate name, or a resolved reference. */
interface Item {
  start: number;
  end: number;
  c: Candidate | null;
  ref: References[number] | null;
}

/** Mentions with ids in order of first mention, and entity ids in order of their first mention. */
function numberMentions(
  candidates: readonly Candidate[],
  references: References,
  clusterOf: Map<Candidate, Cluster>,
  tokens: readonly NerToken[],
  text: string,
): { mentions: Mention[]; entityIds: Map<Cluster, string>; mentionIdsOf: Map<string, string[]> } {
  const items: Item[] = [];
  for (const c of candidates) items.push({ start: tokens[c.first]!.start, end: tokens[c.last]!.end, c, ref: null });
  for (const r of references) items.push({ start: r.start, end: r.end, c: null, ref: r });
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  const entityIds = new Map<Cluster, string>();
  const mentions: Mention[] = [];
  const mentionIdsOf = new Map<string, string[]>();
  for (const item of items) {
    const cl = item.c ? clusterOf.get(item.c)! : item.ref!.cluster;
    let eid = entityIds.get(cl);
    if (!eid) {
      eid = `e${entityIds.size + 1}`;
      entityIds.set(cl, eid);
      mentionIdsOf.set(eid, []);
    }
    const id = `m${mentions.length + 1}`;
    const base = item.c ?? item.ref!;
    mentions.push({
      id,
      start: item.start,
      end: item.end,
      text: text.slice(item.start, item.end),
      type: cl.type,
      form: base.form,
      entityId: eid,
      rule: base.rule,
      confidence: base.confidence,
    });
    mentionIdsOf.get(eid)!.push(id);
  }
  return { mentions, entityIds, mentionIdsOf };
}

/** The entity of one cluster: its canonical name, aliases, mentions, country, titles and roles. */
function entityOf(
  cl: Cluster,
  id: string,
  mentionIdsOf: Map<string, string[]>,
  entityIds: Map<Cluster, string>,
  roles: ReturnType<typeof readRoles>['roles'],
  tokens: readonly NerToken[],
  text: string,
): Entity {
  const names = cl.members
    .filter((c) => c.form === 'name')
    .map((c) => text.slice(tokens[c.first]!.start, tokens[c.last]!.end));
  const name = canonicalName(cl, names, tokens, text);
  const aliases = [...new Set(names)].filter((n) => n !== name);
  const entity: Entity = { id, type: cl.type, name, aliases, mentionIds: mentionIdsOf.get(id)! };
  if (cl.country) entity.countryCode = cl.country.code;
  if (cl.titles.length > 0) entity.titles = [...cl.titles];
  const rs = roles.get(cl);
  if (rs && rs.length > 0) {
    entity.roles = rs.map((r) => {
      const of = r.of ? entityIds.get(r.of) : undefined;
      return { title: r.title, ...(of ? { of } : {}), evidence: r.evidence };
    });
  }
  return entity;
}

/**
 * A cluster's name: a country's own name, else its fullest name (most words, then longest; a name in capitals, as
 * "BERLIN" in a dateline, gives way to its usual form), with "The" for an organization written with it.
 */
function canonicalName(cl: Cluster, names: readonly string[], tokens: readonly NerToken[], text: string): string {
  let name = cl.country?.name ?? '';
  if (!name) {
    // The best name's word count is kept, not split again for every other name.
    let wb = 1;
    for (const n of names) {
      const wn = n.split(/\s+/).length;
      const shouting = name === name.toUpperCase() && n !== n.toUpperCase();
      if (!name || wn > wb || (wn === wb && (n.length > name.length || (n.length === name.length && shouting)))) {
        name = n;
        wb = wn;
      }
    }
  }
  if (cl.type === 'organization' && cl.members.some((c) => c.withThe) && !name.startsWith('The ')) {
    name = `The ${name}`;
  }
  if (!name) name = names[0] ?? text.slice(tokens[cl.members[0]!.first]!.start, tokens[cl.members[0]!.last]!.end);
  // "By MARIA GONZALEZ": a person written only in capitals is named in the usual case (an organization's capitals
  // may be its acronym, and stay).
  if (cl.type === 'person' && isAllCaps(name)) name = capitalizeWords(name);
  // "BRUSSELS, Nov 24 (Reuters)": a place a dateline wrote only in capitals is named in the usual case too, when it
  // is a dateline's place or a place the gazetteer knows (capitals alone may be an acronym the tagger took for a
  // place: "NAACP").
  if (
    cl.type === 'location' &&
    isAllCaps(name) &&
    (gazetteerPhrases.get(name.toLowerCase()) === 'L' || cl.members.some((c) => c.rule === 'entities/dateline-place'))
  ) {
    name = capitalizeWords(name);
  }
  return name;
}

/** Which tokens sit inside quotation marks (the marks themselves do not). */
/**
 * Where the article's lead ends: the end of the first sentence of the body after the headline and the byline (a
 * dateline opens that sentence). Names up to there say what the article is about.
 */
function leadEnd(doc: Draft, tokens: readonly NerToken[], furniture: readonly Span[]): number {
  const titleEnd = doc.meta.title?.end ?? 0;
  let i = 0;
  while (
    i < tokens.length &&
    (tokens[i]!.start < titleEnd || furniture.some((f) => f.start <= tokens[i]!.start && tokens[i]!.start < f.end))
  )
    i++;
  if (i === tokens.length) return titleEnd;
  const sentence = tokens[i]!.sentence;
  while (i + 1 < tokens.length && tokens[i + 1]!.sentence === sentence) i++;
  return tokens[i]!.end;
}

function quotedTokens(doc: Draft, tokens: readonly NerToken[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  const { spans } = quotedSpansOf(doc);
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    const q = spans[k];
    if (q && q.start < t.start && t.end < q.end) out[i] = 1;
  }
  return out;
}
