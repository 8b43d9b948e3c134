/**
 * Document-level refiners over name candidates: titles inside a tagged span split it into an organization and a
 * person ("Apple CEO Steve Jobs"); organization suffixes override the tagger ("Apple Computer" is no person); one
 * surface form keeps one type in a document (majority vote), and its untagged repetitions are tagged too.
 */
import { WIRE_AGENCIES } from '../article/lexicon.js';
import { Initials } from '../text/initials.js';
import { isCapitalizedWord, LetterPattern, startsCapitalized, startsLower } from '../text/letters.js';
import { lowerCase } from '../text/lower-case.js';
import type { EntityType } from '../types.js';
import {
  type Candidate,
  candidate,
  clockBefore,
  coveredTokens,
  headlineEnd,
  headlineWords,
  PARTY_MEMBERS,
  spanText,
  speaksNext,
} from './candidates.js';
import { type DocEvidence, hasUpper, type NerToken } from './features.js';
import { spellsInitialsOf } from './initials-acronyms.js';
import { invertedSpeaker } from './inverted-speakers.js';
import {
  adminUnits,
  bodyEndings,
  bodyTitles,
  commonWords,
  countryByDemonym,
  countryByName,
  courtKinds,
  eastAsianSurnames,
  firstNames,
  gazetteerPhrases,
  honorificGender,
  lastNames,
  legalForms,
  locationSuffixes,
  mediaNouns,
  organizationDescriptionHeads,
  organizationHeadWords,
  partyLabels,
  placeHeadWords,
  portfolioWords,
  postNominals,
  roleHeads,
  seatTitles,
  splitTitles,
  strongOrganizationSuffixes,
  titlePhrases,
} from './lexicon.js';
import { TAGS } from './tagger.js';

const INITIAL = new LetterPattern(String.raw`^\p{Lu}\.$`);
const TWO_CAPITALS = new LetterPattern(String.raw`\p{Lu}{2}`);

/** The longest split title starting at token `i` within [i, last], as its token count (0 if none). */
function titleAt(tokens: readonly NerToken[], i: number, last: number, text: string): number {
  for (let len = Math.min(4, last - i + 1); len >= 1; len--) {
    if (splitTitles.has(spanText(tokens, i, i + len - 1, text))) return len;
  }
  return 0;
}

function organizationOrCountry(c: Candidate, tokens: readonly NerToken[], text: string): void {
  const name = spanText(tokens, c.first, c.last, text);
  const country = countryByName.get(name);
  if (country) {
    c.type = 'country';
    c.country = country;
  } else if (
    gazetteerPhrases.get(name.toLowerCase()) === 'L' ||
    (c.first < c.last && adminUnits.has(tokens[c.last]!.text))
  ) {
    // "Toronto Mayor John Tory", "Harlan County Treasurer …": the place a mayor or treasurer serves.
    c.type = 'location';
  } else c.type = 'organization';
}

/**
 * Whether the candidate opens with a capitalized role noun before a name of two or three capitalized words
 * ("Substitute Femi Okonkwo", "Farmer Graham Smith"): the role is the person's, not part of an organization.
 */
function roleBeforeName(tokens: readonly NerToken[], c: Candidate): boolean {
  const rest = c.last - c.first;
  if (rest < 2 || rest > 3 || !roleHeads.has(lowerCase(tokens[c.first]!.text))) return false;
  for (let i = c.first + 1; i <= c.last; i++) if (!startsCapitalized(tokens[i]!.text)) return false;
  return true;
}

/** Whether the token after `i` is a capitalized word one space away in the same sentence ("Tim" "Cook"). */
function capitalizedNext(tokens: readonly NerToken[], i: number): boolean {
  const next = tokens[i + 1];
  // A title-case headline capitalizes every word ("Tim Cook Said Monday").
  return (
    next !== undefined &&
    next.line === 'n' &&
    next.sentence === tokens[i]!.sentence &&
    next.start === tokens[i]!.end + 1 &&
    isCapitalizedWord(next.text)
  );
}

/**
 * "Secretary of Energy Chris Wright", "Minister of State L. Murugan": an organization span right after a title and
 * "of"/"for" that opens with portfolio words and goes on with a first name or an initial holds the end of the title
 * and a person. Returns the index of the person's first token, or 0.
 */
function portfolioThenName(tokens: readonly NerToken[], c: Candidate): [person: number, title: number] | undefined {
  if (c.type !== 'organization' || c.first < 2) return undefined;
  // "Minister of Trade," + "Industry and Competition Parks Tau": the tagger may break the portfolio at a comma; the
  // link is then further back, past portfolio words and connectors.
  let link = c.first - 1;
  while (link > 1 && c.first - link < 8 && portfolioPart(tokens, link)) link--;
  const title = tokens[link - 1];
  if (!title || !titlePhrases.has(title.text) || title.sentence !== tokens[c.first]!.sentence) return undefined;
  const end = portfolioEnd(tokens, link, c.last - 1);
  if (end < c.first - 1) return undefined;
  const i = end + 1;
  if (i === 0 || i > c.last - 1) return undefined;
  const w = tokens[i]!.text;
  if (firstNames.has(lowerCase(w)) || INITIAL.test(w)) return [i, link - 1];
  // "Minister of Electricity and Energy Kgosientsho Ramokgopa": a given name the lists lack, when two or three plain
  // capitalized words close the span.
  return plainNameWords(tokens, i, c.last) ? [i, link - 1] : undefined;
}

/** Whether token `k` is a portfolio word or a connector between two ("Trade", ","). */
function portfolioPart(tokens: readonly NerToken[], k: number): boolean {
  const w = tokens[k]!.text;
  return portfolioWords.has(w) || (PORTFOLIO_LINKS.has(w) && portfolioWords.has(tokens[k + 1]?.text ?? ''));
}

/** Words that join two portfolios of one office ("Trade, Industry and Competition"). */
const PORTFOLIO_LINKS = new Set(['and', '&', ',']);

/**
 * Whether tokens `first`..`last` are two or three capitalized words, none a portfolio word or a body's head word, the
 * last a family name or no common word.
 */
function plainNameWords(tokens: readonly NerToken[], first: number, last: number): boolean {
  if (last - first < 1 || last - first > 2) return false;
  for (let k = first; k <= last; k++) {
    const w = tokens[k]!.text;
    if (!isCapitalizedWord(w) || portfolioWords.has(w) || organizationHeadWords.has(lowerCase(w))) return false;
  }
  // "the Minister of Energy and Mines Policy Unit": a family name is no plain English word.
  const family = lowerCase(tokens[last]!.text);
  return lastNames.has(family) || !commonWords.has(family);
}

/**
 * The last token of an office's portfolio, "of"/"for" at `link` and the portfolio words after it up to `limit`
 * ("of State", "for Foreign Affairs", "of Trade, Industry and Competition"), or -1 when no portfolio word follows
 * the link. A connector counts only between two portfolio words.
 */
function portfolioEnd(tokens: readonly NerToken[], link: number, limit: number): number {
  const w = tokens[link]?.text;
  if ((w !== 'of' && w !== 'for') || link + 1 > limit || !portfolioWords.has(tokens[link + 1]!.text)) return -1;
  let end = link + 1;
  for (;;) {
    if (end + 1 <= limit && portfolioWords.has(tokens[end + 1]!.text)) end++;
    else if (
      end + 2 <= limit &&
      PORTFOLIO_LINKS.has(tokens[end + 1]!.text) &&
      portfolioWords.has(tokens[end + 2]!.text)
    )
      end += 2;
    else return end;
  }
}

/** Nouns after a title's possessive that make the whole the name of an office ("District Attorney's Office"). */
const OFFICE_NOUNS = new Set(['office', 'department', 'bureau', 'division']);

/** Splits spans at titles: "Ryanair CEO" → Ryanair; "Apple CEO Steve Jobs" → Apple + Steve Jobs (titled CEO). */
/**
 * How many words of a party label lead the span: "Conservative" (a label written like a title), and with the seat
 * after it ("Conservative MP", "Labour MEP"), both.
 */
function partyLead(tokens: readonly NerToken[], c: Candidate): number {
  if (!partyLabels.has(tokens[c.first]!.text)) return 0;
  return c.first + 1 < c.last && postNominals.has(tokens[c.first + 1]!.text) ? 2 : 1;
}

export function splitAtTitles(
  cands: readonly Candidate[],
  tokens: readonly NerToken[],
  evidence: DocEvidence,
  text: string,
): Candidate[] {
  const out: Candidate[] = [];
  let coveredUntil = -1;
  for (const c of cands) {
    // A name the split below ran on into ("Apple CEO Tim" + "Cook") is part of that person.
    if (c.first <= coveredUntil) continue;
    // "Senate Majority" + "Leader Mitch McConnell": an organization whose last word begins a title that runs on
    // past it gives that word back to the title.
    if (c.form === 'name' && c.type === 'organization' && c.first < c.last) {
      const reach = Math.min(tokens.length - 1, c.last + 3);
      const len = titleAt(tokens, c.last, reach, text);
      if (len >= 2 && tokens[c.last + len - 1]!.sentence === tokens[c.last]!.sentence) c.last -= 1;
    }
    if (c.form !== 'name' || c.type === 'country' || c.first === c.last) {
      out.push(c);
      continue;
    }
    const officeSplit = portfolioThenName(tokens, c);
    if (officeSplit) {
      const [office, titleFirst] = officeSplit;
      // The part of the portfolio the tagger cut off at a comma is the title's, no body.
      while (out.length > 0 && out[out.length - 1]!.first >= titleFirst) out.pop();
      out.push(
        candidate({
          ...c,
          first: office,
          type: 'person',
          rule: 'entities/split:portfolio',
          confidence: 0.75,
          titles: [spanText(tokens, titleFirst, office - 1, text)],
        }),
      );
      continue;
    }
    // "CEO Steve Jobs" tagged as one organization: the title belongs to the person after it.
    const role = roleBeforeName(tokens, c);
    // "General Electric Company": a name that ends in a company's suffix is the company, its first word no title.
    const lead =
      companySuffixed(tokens, c) || clockBefore(tokens, c.first)
        ? 0
        : titleAt(tokens, c.first, c.last, text) || partyLead(tokens, c) || (role ? 1 : 0);
    // "Assessor Fritz Kaegi" tagged as one person: a title the tagger has no feature for stays off the name too.
    // "Cr McDonald" tagged as one organization: a title and a family name alone are a person too; "Justice
    // Department", "Mayor Street" are no family name.
    // Only after a title ("Conservative Solutions", "Tory Mazzola" open with a party label).
    const titled = titleAt(tokens, c.first, c.last, text);
    const single = titled > 0 && c.first + titled === c.last ? lowerCase(tokens[c.last]!.text) : '';
    const surnameOnly =
      single !== '' &&
      (lastNames.has(single) ||
        (!commonWords.has(single) && !organizationHeadWords.has(single) && !placeHeadWords.has(single)));
    if (
      lead > 0 &&
      (c.first + lead < c.last || surnameOnly) &&
      (firstNames.has(tokens[c.first + lead]!.text.toLowerCase()) || role || surnameOnly)
    ) {
      const title = spanText(tokens, c.first, c.first + lead - 1, text);
      out.push(
        candidate({
          ...c,
          first: c.first + lead,
          type: 'person',
          rule: 'entities/split:title',
          confidence: 0.8,
          titles: [title],
        }),
      );
      continue;
    }
    let split = false;
    for (let i = c.first + 1; i <= c.last; i++) {
      // A seat only before a name: "Jess Phillips MP" ends with it.
      let len = titleAt(tokens, i, c.last, text) || (i < c.last && seatTitles.has(tokens[i]!.text) ? 1 : 0);
      if (len === 0) continue;
      // "the Health Service Executive", "the Scottish Executive": a title word that also names a body, ending the
      // span with no name after it, is the body's last word.
      const after = tokens[i + 1];
      if (
        i === c.last &&
        c.type === 'organization' &&
        bodyTitles.has(tokens[i]!.text) &&
        !(after && after.sentence === tokens[i]!.sentence && startsCapitalized(after.text))
      ) {
        break;
      }
      // "the Manhattan District Attorney's Office": a title that ends the span before a possessive names an office.
      const possessive = tokens[i + len]?.text;
      const owned = tokens[i + len + 1]?.text.toLowerCase() ?? '';
      if (i + len - 1 === c.last && (possessive === "'s" || possessive === '’s') && OFFICE_NOUNS.has(owned)) {
        c.type = 'organization';
        break;
      }
      // "US Secretary of State Marco Rubio": the office's portfolio after "of" or "for" is the title's too.
      const office = portfolioEnd(tokens, i + len, c.last - 1);
      if (office >= 0) len = office - i + 1;
      // "UN High Commissioner for Refugees": a lower-case word after the title makes the whole an office's name.
      if (i + len <= c.last && !hasUpper(tokens[i + len]!.text.charAt(0))) break;
      // "Union Agriculture Minister Ramesh Yadav": portfolio words before the title belong to it. "Iraqi Water
      // Resources Minister": a demonym before them is the country's, the portfolio still the title's.
      const demonym = i - c.first >= 2 ? countryByDemonym.get(tokens[c.first]!.text) : undefined;
      const from = demonym ? c.first + 1 : c.first;
      let portfolio = true;
      for (let k = from; k < i && portfolio; k++) portfolio = portfolioWords.has(tokens[k]!.text);
      // "PDP National Publicity Secretary Debo Ologunagba", "Ontario Health Minister Sylvia Jones": portfolio
      // words right before the title are the title's, the name before them the body's or the place's.
      let titleFrom = portfolio ? from : i;
      while (!portfolio && titleFrom - 1 > from && portfolioWords.has(tokens[titleFrom - 1]!.text)) titleFrom--;
      // Only after a whole name ("Homeland Security Secretary" keeps "Security" on the department).
      if (!portfolio && titleFrom < i && !wholeNameBefore(tokens, from, titleFrom - 1, text)) titleFrom = i;
      const title = spanText(tokens, titleFrom, i + len - 1, text);
      if (portfolio && demonym) {
        out.push(
          candidate({
            first: c.first,
            last: c.first,
            type: 'country',
            form: 'demonym',
            rule: 'entities/demonym',
            confidence: 0.9,
            country: demonym,
          }),
        );
      }
      // "Harlan County Treasurer Lisa Dobbs": the unit word of a title such as "County Treasurer" also ends the
      // place's name before it.
      const unitEnd = i > c.first && len > 1 && adminUnits.has(tokens[i]!.text) ? i : portfolio ? i - 1 : titleFrom - 1;
      const left: Candidate = candidate({ ...c, last: unitEnd, rule: 'entities/split:title', confidence: 0.8 });
      left.titles = undefined;
      organizationOrCountry(left, tokens, text);
      if (!portfolio) out.push(left);
      if (i + len <= c.last && !headlineWords(tokens, i + len, c.last, evidence, headlineEnd(text))) {
        // "Apple CEO Tim" + "Cook": the tagger may end the span inside the name; a first name runs on over the
        // capitalized words right after it.
        let last = c.last;
        if (last === i + len && firstNames.has(lowerCase(tokens[last]!.text))) {
          while (last - c.last < 2 && capitalizedNext(tokens, last)) last++;
        }
        coveredUntil = last;
        out.push(
          candidate({
            first: i + len,
            last,
            type: 'person',
            form: 'name',
            rule: 'entities/split:title',
            confidence: 0.8,
            titles: [title],
            organizationBefore: portfolio ? undefined : left,
          }),
        );
      }
      split = true;
      break;
    }
    if (!split) out.push(c);
  }
  return out;
}

/**
 * Whether a lower-case noun for a body follows the name ("China's official Xinhua news agency", "the ruling Awami
 * League party"): then the name modifies it, and a role word before it is an adjective, not a person's post.
 */
function bodyNounAfter(tokens: readonly NerToken[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.sentence !== tokens[last]!.sentence) return false;
  return mediaNouns.has(next.text) || organizationDescriptionHeads.has(next.text);
}

/**
 * Whether "news agency" or "news service" follows token `last`. A place before "newspaper" is where the paper is
 * ("a Washington newspaper column", "HK newspaper editorials"); a news agency is named, not located.
 */
function mediaNounAfter(tokens: readonly NerToken[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.sentence !== tokens[last]!.sentence || next.text !== 'news') return false;
  const noun = tokens[last + 2]?.text;
  return noun === 'agency' || noun === 'service';
}

/**
 * A person whose last word is an organization suffix is an organization ("Apple Computer"); a person or
 * organization whose last word is a place suffix is a place ("Changi International Airport").
 */
export function organizationSuffixes(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  for (const c of cands) {
    // "Stein spokeswoman Melezia Figueroa": a name right after a lower-case role word is a person.
    const before = tokens[c.first - 1];
    // "PTI chief Barrister Gohar Ali Khan": an honorific opening the span is no part of the name.
    let lead = 0;
    while (c.first + lead < c.last && titlePhrases.has(tokens[c.first + lead]!.text)) lead++;
    if (
      c.form === 'name' &&
      (c.type === 'organization' || c.type === 'location') &&
      c.last - c.first - lead < 3 &&
      before &&
      before.sentence === tokens[c.first]!.sentence &&
      roleHeads.has(before.text) &&
      !bodyNounAfter(tokens, c.last) &&
      !strongOrganizationSuffixes.has(tokens[c.last]!.text) &&
      !locationSuffixes.has(tokens[c.last]!.text)
    ) {
      c.type = 'person';
      c.rule = 'entities/role-before:person';
      if (lead > 0) {
        c.titles = [...(c.titles ?? []), ...tokens.slice(c.first, c.first + lead).map((t) => t.text)];
        c.first += lead;
      }
      continue;
    }
    if (c.form === 'name' && c.type !== 'location' && c.type !== 'country' && c.last > c.first) {
      if (locationSuffixes.has(tokens[c.last]!.text)) {
        c.type = 'location';
        c.rule = 'entities/suffix:location';
        continue;
      }
    }
    // "the official Antara news agency": a place's name does not run a newsroom.
    if (c.form === 'name' && c.type === 'location' && mediaNounAfter(tokens, c.last)) {
      c.type = 'organization';
      c.rule = 'entities/media-noun:organization';
      continue;
    }
    // "Rigshospitalet", "Karolinska Institutet": a Scandinavian or German word for a hospital or institute ends it.
    if (c.form === 'name' && c.type === 'location' && bodyEnding(tokens[c.last]!.text)) {
      c.type = 'organization';
      c.rule = 'entities/body-ending';
      continue;
    }
    // "Johns Hopkins University" read as a place: a strong organization suffix decides (not an airport, which is
    // both).
    const placeLike = c.type === 'location' && tokens[c.last]!.text !== 'Airport';
    if (c.form !== 'name' || !(c.type === 'person' || placeLike) || c.first === c.last) continue;
    if (strongOrganizationSuffixes.has(tokens[c.last]!.text) || courtOfLaw(tokens, c)) {
      c.type = 'organization';
      c.rule = 'entities/suffix:organization';
    }
  }
}

/**
 * Whether tokens first..last are a name whole on its own before a portfolio: an acronym ("PDP"), a country or a
 * place the gazetteer knows ("Ontario"), or a body ending in an organization suffix ("Acme Corp").
 */
function wholeNameBefore(tokens: readonly NerToken[], first: number, last: number, text: string): boolean {
  const name = spanText(tokens, first, last, text);
  if (first === last && /^[A-Z]{2,6}$/.test(name)) return true;
  if (countryByName.has(name) || gazetteerPhrases.get(name.toLowerCase()) === 'L') return true;
  const end = tokens[last]!.text;
  return strongOrganizationSuffixes.has(end) || legalForms.has(end);
}

/** Whether a tagged organization ends in a company's suffix or legal form ("General Electric Company", "… Inc."). */
function companySuffixed(tokens: readonly NerToken[], c: Candidate): boolean {
  const last = tokens[c.last]!.text;
  return c.type === 'organization' && (strongOrganizationSuffixes.has(last) || legalForms.has(last));
}

/**
 * "Denver District Court", "the Sindh High Court": a court of law is a body (CoNLL's ORG), where "Court" alone can
 * end a place ("Stadium Court", a tennis court; "Earls Court").
 */
function courtOfLaw(tokens: readonly NerToken[], c: Candidate): boolean {
  return tokens[c.last]!.text === 'Court' && courtKinds.has(tokens[c.last - 1]!.text);
}

function key(tokens: readonly NerToken[], c: Candidate, text: string): string {
  return spanText(tokens, c.first, c.last, text);
}

/**
 * One type per surface form: the majority over its tagged mentions (split and suffix evidence counts double).
 * Then untagged capitalized repetitions of a tagged form become mentions too, unless the form is a common word
 * standing where capitals prove nothing (sentence start, headline).
 */
export function documentConsistency(
  cands: Candidate[],
  tokens: readonly NerToken[],
  evidence: DocEvidence,
  text: string,
): Candidate[] {
  const votes = new Map<string, Map<EntityType, number>>();
  // Only person and organization are confused in ways one document settles; a city in a dateline and a team named
  // after it in a results table are both right. Upper-case lines (tables, headlines) neither vote nor change.
  const votes_ = (c: Candidate): boolean => c.form === 'name' && c.type !== 'country' && tokens[c.first]!.line !== 'u';
  // A title-case headline's words are capitalized whatever they are: its names follow the body's vote, and vote
  // only where the body has none ("Chelsea Beat Arsenal" made the club a person).
  const bodyVotes = new Set<string>();
  for (const c of cands) if (votes_(c) && tokens[c.first]!.line === 'n') bodyVotes.add(key(tokens, c, text));
  const defined = definedAcronyms(cands, tokens, text);
  for (const c of cands) {
    if (!votes_(c)) continue;
    if (tokens[c.first]!.line === 't' && bodyVotes.has(key(tokens, c, text))) continue;
    const k = key(tokens, c, text);
    let v = votes.get(k);
    if (!v) {
      v = new Map();
      votes.set(k, v);
    }
    // A split at a title, an organization suffix or traded shares is evidence the tagger's guess is not; an
    // acronym defined in brackets right after a body's name outweighs the tagger's other guesses for it.
    const weight = defined.has(c)
      ? DEFINITION_WEIGHT
      : c.rule.startsWith('entities/split') ||
          c.rule.startsWith('entities/suffix') ||
          c.rule === 'entities/traded-company'
        ? 2
        : 1;
    v.set(c.type, (v.get(c.type) ?? 0) + weight);
  }
  // Person and organization settle by majority; a place changes (or wins) only on a clear majority, since a
  // city and a team named after it are both right.
  const winner = new Map<string, EntityType>();
  const placeKeeps = new Set<string>();
  for (const [k, v] of votes) {
    const per = v.get('person') ?? 0;
    const org = v.get('organization') ?? 0;
    const loc = v.get('location') ?? 0;
    if (loc > 0 && loc >= 2 * (per + org)) {
      winner.set(k, 'location');
      continue;
    }
    if (per + org === 0) continue;
    const best: EntityType = org >= per ? 'organization' : 'person';
    winner.set(k, best);
    if (loc > 0 && Math.max(per, org) < 2 * loc) placeKeeps.add(k);
  }
  for (const c of cands) {
    if (!votes_(c)) continue;
    const k = key(tokens, c, text);
    const w = winner.get(k);
    if (!w || w === c.type || (c.type === 'location' && placeKeeps.has(k))) continue;
    c.type = w;
    c.rule = 'entities/consistency:vote';
  }
  // Forms written once where a capital says they are names: in prose, past a sentence's first word and not right
  // after a colon, a quotation mark or a dash, which open a sentence of their own ("Wall Street: Stocks fall").
  const anchored = new Set<string>();
  for (const c of cands) if (votes_(c) && capitalMeansName(tokens, c.first)) anchored.add(key(tokens, c, text));
  // Untagged repetitions.
  const covered = new Uint8Array(tokens.length);
  for (const c of cands) for (let i = c.first; i <= c.last; i++) covered[i] = 1;
  const byFirstWord = new Map<string, { words: number; type: EntityType; familyName?: boolean }[]>();
  for (const [k, type] of winner) {
    const ws = k.split(' ');
    const list = byFirstWord.get(ws[0]!) ?? [];
    list.push({ words: ws.length, type });
    // "Ren Zhengfei … The reclusive Ren": a family name written first stands for the person alone too.
    if (type === 'person' && ws.length > 1 && eastAsianSurnames.has(ws[0]!)) {
      list.push({ words: 1, type, familyName: true });
    }
    byFirstWord.set(ws[0]!, list);
  }
  const added: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || t.line === 'u' || !hasUpper(t.text.charAt(0))) continue;
    const options = byFirstWord.get(t.text);
    if (!options) continue;
    for (const o of options.sort((a, b) => b.words - a.words)) {
      const last = i + o.words - 1;
      if (last >= tokens.length || tokens[last]!.sentence !== t.sentence) continue;
      let free = true;
      for (let k = i; k <= last; k++) if (covered[k]) free = false;
      if (!free) continue;
      const surface = spanText(tokens, i, last, text);
      if (!o.familyName && winner.get(surface) !== o.type) continue;
      const lower = surface.toLowerCase();
      const ambiguous = commonWords.has(lower) || evidence.lower.has(lower);
      if (ambiguous && (t.sentenceStart || t.line !== 'n')) continue;
      // "Stocks Fall Sharply" over "Stocks fell sharply on Monday.": a word of a plural's shape, only ever
      // capitalized by its position, is as likely a common noun there; it gives no evidence for another such place.
      // A table's row ("2. Smets 290") is no prose.
      const prose = startsLower(tokens[last + 1]?.text ?? '');
      if (PLURAL_SHAPE.test(surface) && prose && !anchored.has(surface) && !capitalMeansName(tokens, i)) continue;
      // A capitalized word right after a name is more likely part of a longer name we did not tag.
      const next = tokens[last + 1];
      if (next && next.sentence === t.sentence && hasUpper(next.text.charAt(0)) && next.line === 'n') continue;
      added.push(
        candidate({ first: i, last, type: o.type, form: 'name', rule: 'entities/consistency:repeat', confidence: 0.7 }),
      );
      for (let k = i; k <= last; k++) covered[k] = 1;
      i = last;
      break;
    }
  }
  return [...cands, ...added].sort((a, b) => a.first - b.first);
}

/** How many votes an acronym's definition in brackets counts for. */
const DEFINITION_WEIGHT = 3;

/**
 * The organizations' acronyms in brackets right after their names, spelled by the names' initials in capitals or as
 * a word ("the National Energy Regulator of South Africa (Nersa)", "the Independent Electoral Commission (IEC)"):
 * the later "Nersa spokesperson", which the tagger may read as a place, names the body.
 */
function definedAcronyms(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Set<Candidate> {
  const out = new Set<Candidate>();
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k]!;
    if (
      c.type === 'organization' &&
      tokens[c.first]!.text.length >= 2 &&
      spellsInitialsOf(c, cands[k - 1]!, tokens, text)
    ) {
      out.add(c);
    }
  }
  return out;
}

/** One capitalized word of lower-case letters ending in "s" (not "ss"): the shape of a plural noun. */
const PLURAL_SHAPE = new LetterPattern(String.raw`^\p{Lu}\p{Ll}+[^s]s$`);

/** Marks after which a capital opens a sentence of its own: a colon, quotation marks, brackets, dashes. */
const OPENERS = new Set([':', '“', '"', '‘', "'", '«', '(', '[', '—', '–']);

/** Whether the capital of token i says it is a name: in prose, not a sentence's first word nor right after an opener. */
function capitalMeansName(tokens: readonly NerToken[], i: number): boolean {
  const t = tokens[i]!;
  return t.line === 'n' && !t.sentenceStart && !OPENERS.has(tokens[i - 1]?.text ?? '');
}

/**
 * Words that announce a person's name: "Mr.", "President", "spokeswoman", "analyst". The three lists as one set:
 * one lookup per token where unsupportedPersons scans the document.
 */
const PERSON_CUES = new Set<string>([...honorificGender.keys(), ...titlePhrases, ...roleHeads]);
const PERSON_CUE_INITIALS = new Initials(PERSON_CUES);

const U_ORG = TAGS.indexOf('U-ORG');
const B_ORG = TAGS.indexOf('B-ORG');
const B_LOC = TAGS.indexOf('B-LOC');
const B_PER = TAGS.indexOf('B-PER');
/** How far (in perceptron score) organization or place may trail person for a multi-word name to be re-decided. */
const MARGIN = 2;
const U_LOC = TAGS.indexOf('U-LOC');

/** A minute or place written as an ordinal: "58th", "2nd". */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** What may follow a scorer's minute: the next scorer, the list's end, or the kind of goal ("pen", "minute"). */
const AFTER_MINUTE = new Set([',', ')', ';', 'and', 'minute', 'minutes', 'min', 'mins', 'pen', 'penalty']);

/**
 * Whether a minute in ordinal form follows the name ending at token `last`, directly or in parentheses: "Leeds 1
 * (Okafor 58th minute, Brennan 71st)", "Ronaldo (5th and 89th minutes)". A results line names its scorers so; a
 * body or a place is never followed by the minute it scored in.
 */
function scoredAt(tokens: readonly NerToken[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.text === '(') k++;
  const t = tokens[k];
  if (!t || !ORDINAL.test(t.text) || t.sentence !== tokens[last]!.sentence) return false;
  const next = tokens[k + 1]?.text ?? '';
  return AFTER_MINUTE.has(next) || ORDINAL.test(next);
}

/** Whether a country's name in parentheses follows token `last`: "(Japan)", "(South Africa)". */
function nationalityAfter(tokens: readonly NerToken[], last: number, text: string): boolean {
  if (tokens[last + 1]?.text !== '(') return false;
  let close = last + 2;
  while (close < tokens.length && close - last <= 5 && tokens[close]!.text !== ')') close++;
  if (tokens[close]?.text !== ')' || close === last + 2) return false;
  return countryByName.has(spanText(tokens, last + 2, close - 1, text));
}

/** Whether a name opens its line and a dash or a comma follows it: the place of a dateline ("HALIFAX — …"). */
function datelinePlace(tokens: readonly NerToken[], c: Candidate, text: string): boolean {
  const start = tokens[c.first]!.start;
  if (start > 0 && text[start - 1] !== '\n') return false;
  const next = tokens[c.last + 1]?.text ?? '';
  return next === '—' || next === '–' || next === '-' || next === ',' || next === '(';
}

/**
 * "HALIFAX — A 34-year-old man …" and "Halifax Regional Police … in Halifax": a dateline's place written in
 * capitals takes the type its usual form has elsewhere in the document when that is a place or a person; the
 * tagger reads capitals poorly (on CoNLL's capitalized sports headlines the same rule for any capitals did harm).
 * Changed in place.
 */
export function capitalsTakeUsualType(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  const usual = new Map<string, Candidate>();
  const isCaps = (w: string) => w === w.toUpperCase() && TWO_CAPITALS.test(w);
  for (const c of cands) {
    const w = spanText(tokens, c.first, c.last, text);
    if (c.form === 'name' && !isCaps(w) && (c.type === 'location' || c.type === 'person' || c.type === 'country')) {
      usual.set(w.toLowerCase(), c);
    }
  }
  for (const c of cands) {
    const w = spanText(tokens, c.first, c.last, text);
    if (c.form !== 'name' || !isCaps(w) || !datelinePlace(tokens, c, text)) continue;
    const u = usual.get(w.toLowerCase());
    // "MILWAUKEE (AP) —" with no other Milwaukee: the place of a wire dateline is a place.
    if (
      !u &&
      c.type !== 'location' &&
      tokens[c.last + 1]?.text === '(' &&
      WIRE_AGENCIES.has(tokens[c.last + 2]?.text ?? '')
    ) {
      c.type = 'location';
      c.country = undefined;
      c.rule = 'entities/wire-dateline-place';
      continue;
    }
    if (!u || u.type === c.type) continue;
    c.type = u.type;
    if (u.country) c.country = u.country;
    c.rule = 'entities/consistency:capitals';
  }
}

/**
 * Names inside a ticker in parentheses ("Acme Robotics Inc (ACME.O)", "(NYSE: ACME)") are no mentions: the
 * company is named right before it. Returns the candidates kept.
 */
export function dropTickers(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  return cands.filter((c) => {
    if (currencyAmount(tokens, c)) return false;
    let open = c.first - 1;
    while (open >= 0 && c.first - open <= 3 && tokens[open]!.text !== '(' && tokens[open]!.text !== ')') open--;
    if (open < 0 || tokens[open]!.text !== '(') return true;
    let close = c.last + 1;
    while (close < tokens.length && close - c.last <= 3 && tokens[close]!.text !== ')') close++;
    if (close >= tokens.length || tokens[close]!.text !== ')') return true;
    const inside = tokens
      .slice(open + 1, close)
      .map((t) => t.text)
      .join('');
    return !TICKER.test(inside);
  });
}

/**
 * A party and state tag after a legislator's name, with or without parentheses ("Sen. Chuck Schumer, D-N.Y., said",
 * "Rep. Jim Jordan (R-Ohio)"), names the state the legislator serves and nothing else: the tagger's "R-Ohio" (a
 * person) or "Y." (a place) become one place, the whole state ("Ohio", "N.Y.").
 */
export function partyTagStates(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const out: Candidate[] = [];
  let lastState = -1;
  for (const c of cands) {
    let tag: [number, number] | null = null;
    for (let p = c.first; p >= 0 && c.first - p <= MAX_TAG_LEAD && !tag; p--) {
      const end = partyTagEnd(tokens, p);
      if (end >= c.last) tag = [p + 2, end];
    }
    if (!tag) {
      out.push(c);
      continue;
    }
    if (tag[0] === lastState) continue;
    lastState = tag[0];
    out.push(
      candidate({
        first: tag[0],
        last: tag[1],
        type: 'location',
        form: 'name',
        rule: 'entities/party-tag-state',
        confidence: 0.8,
      }),
    );
  }
  return out;
}

/**
 * "Senior Tory MPs said": a party's name alone before the plural noun for its members is the party, though the
 * tagger, which sees "Tory" and "Republican" before names, calls it a person. Changed in place.
 */
export function partyBeforeMembers(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'person' || c.first !== c.last) continue;
    const next = tokens[c.last + 1];
    if (!partyLabels.has(tokens[c.first]!.text) || !next || !PARTY_MEMBERS.has(next.text)) continue;
    c.type = 'organization';
    c.rule = 'entities/party-before-members';
    c.titles = undefined;
  }
}

/** The last token of a party and state tag opening at `p` ("D" "-" "N" "." "Y."), or -1. */
function partyTagEnd(tokens: readonly NerToken[], p: number): number {
  const party = tokens[p];
  const dash = tokens[p + 1];
  const before = tokens[p - 1];
  if (!party || !dash || !before || !PARTY_LETTERS.has(party.text) || dash.text !== '-') return -1;
  if ((before.text !== ',' && before.text !== '(') || party.end !== dash.start) return -1;
  let state = '';
  let k = p + 2;
  while (
    k < tokens.length &&
    tokens[k]!.start === tokens[k - 1]!.end &&
    !TAG_CLOSERS.has(tokens[k]!.text) &&
    state.length <= MAX_STATE_CHARS
  ) {
    state += tokens[k]!.text;
    k++;
  }
  const close = tokens[k];
  if (close && !TAG_CLOSERS.has(close.text) && close.sentence === party.sentence) return -1;
  return STATE_TAG.test(state) ? k - 1 : -1;
}

const PARTY_LETTERS = new Set(['D', 'R', 'I']);
const TAG_CLOSERS = new Set([',', ')']);
/** How many tokens a tag may hold before the name the tagger found in it ("D" "-" "N" "." "Y."). */
const MAX_TAG_LEAD = 5;
const MAX_STATE_CHARS = 8;
/** "N.Y.", "La.", "Calif.", "Ohio", "S.C.": a state's postal or AP abbreviation, or a short name. */
const STATE_TAG = /^(?:[A-Z][a-z]{1,5}\.?|(?:[A-Z]\.){2}|[A-Z]{2})$/;

/** A currency's letter glued to a figure: "N1" of "N1,610" (naira), "R4" of "R4,500" (rand). */
const CURRENCY_FIGURE = /^[A-Z]{1,2}\d{1,3}$/;

/**
 * Whether candidate `c` is the head of an amount written with a currency's letter and a thousands separator
 * ("closed at N1,610 to the dollar"): the tokenizer cuts it at the comma and the tagger reads "N1" as a road.
 */
function currencyAmount(tokens: readonly NerToken[], c: Candidate): boolean {
  if (c.first !== c.last || !CURRENCY_FIGURE.test(tokens[c.first]!.text)) return false;
  const comma = tokens[c.first + 1];
  const thousands = tokens[c.first + 2];
  return (
    comma?.text === ',' &&
    thousands !== undefined &&
    comma.start === tokens[c.first]!.end &&
    thousands.start === comma.end &&
    /^\d{3}/.test(thousands.text)
  );
}

/** "ACME.O", "7203.T", "NYSE:ACME", "NASDAQ:AAPL" (tokens joined without spaces). */
const TICKER = /^(?:[A-Z0-9]{1,6}\.[A-Z]{1,2}|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|AMEX|OTC)[:;][A-Z.]{1,6})$/;

/**
 * Three capitalized words with a known first name in the middle and no word that heads a body hold a person
 * whatever the tagger says: all three after a first name ("Jordan Michael Pyke" would need "Jordan" as a first
 * name), the last two after any other word ("Fullback Andre Joubert", "Crooked Hillary Clinton"). Changed in place.
 */
export function nameShapedPersons(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'organization' || c.last - c.first !== 2) continue;
    const words = [c.first, c.first + 1, c.last].map((i) => tokens[i]!.text);
    if (!words.every((w) => isCapitalizedWord(w))) continue;
    const [a, b, z] = words.map((w) => w.toLowerCase()) as [string, string, string];
    if (!firstNames.has(b) || words.some((w) => organizationHeadWords.has(w.toLowerCase()))) continue;
    if (commonWords.has(a) || commonWords.has(z) || tokens[c.first - 1]?.text.toLowerCase() === 'the') continue;
    if (gazetteerPhrases.has(spanText(tokens, c.first, c.last, text).toLowerCase())) continue;
    // "Fullback Andre Joubert", "Crooked Hillary Clinton": a first word that is no first name is a modifier.
    if (!firstNames.has(a)) c.first += 1;
    c.type = 'person';
    c.rule = 'entities/name-shaped-person';
    c.confidence = 0.6;
  }
}

/**
 * A one-word person name with no support in the document (never in a longer person name, never after a first name
 * or a title, never before the minute it scored in, never speaking in an inverted frame, never in a list of persons
 * by nationality, not a known first or family name) is decided again without the person class: organization, place or nothing, whichever the tagger scored
 * highest. Unknown single words ("Airbus", "Apple") are the tagger's commonest person mistake outside CoNLL's sports
 * pages.
 */
export function unsupportedPersons(
  cands: readonly Candidate[],
  tokens: readonly NerToken[],
  alternatives: ReadonlyMap<number, Float64Array>,
  text: string,
): Candidate[] {
  const supported = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'person' || c.first === c.last) continue;
    // "Acme Robotics Inc" tagged as a person is an organization (the suffix rule says so later): no support.
    if (organizationHeadWords.has(tokens[c.last]!.text.toLowerCase())) continue;
    for (let i = c.first; i <= c.last; i++) supported.add(tokens[i]!.text);
    // "Darren Stokes-Maddox" supports "Stokes-Maddox": the family name after the last space, hyphens and all.
    const name = spanText(tokens, c.first, c.last, text);
    supported.add(name.slice(name.lastIndexOf(' ') + 1));
    // "Daniela Ferraz Monteiro" supports "Ferraz Monteiro": all the words after a given name.
    if (c.last - c.first >= 2 && firstNames.has(tokens[c.first]!.text.toLowerCase())) {
      supported.add(spanText(tokens, c.first + 1, c.last, text));
    }
  }
  // "Conservative MP Michelle Rempel Garner" tagged whole as an organization (the title comes off later): the words
  // after a title and a given name inside it are the person's family name, which supports "Rempel Garner" alone.
  for (const c of cands) {
    if (c.type === 'person' || c.form !== 'name') continue;
    for (let k = c.first + 1; k < c.last; k++) {
      const cue = tokens[k - 1]!.text;
      if (!firstNames.has(tokens[k]!.text.toLowerCase())) continue;
      if (PERSON_CUES.has(cue) || postNominals.has(cue)) supported.add(spanText(tokens, k + 1, c.last, text));
    }
  }
  const supportedBefore = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    const cue = tokens[i - 1]!.text;
    if (PERSON_CUE_INITIALS.mayBe(cue) && PERSON_CUES.has(cue)) {
      supported.add(tokens[i]!.text);
      supportedBefore.add(i);
    }
  }
  for (const c of cands) {
    if (c.type === 'person' && scoredAt(tokens, c.last)) supported.add(spanText(tokens, c.first, c.last, text));
  }
  // Sentences that list persons by nationality ("Ai Tanaka (Japan), Okafor (Nigeria), …"): their other entries of
  // the same form are persons too.
  const nationalityLists = new Set<number>();
  for (const c of cands) {
    if (c.type === 'person' && c.first < c.last && nationalityAfter(tokens, c.last, text)) {
      nationalityLists.add(tokens[c.first]!.sentence);
    }
  }
  for (const c of cands) {
    if (
      c.type === 'person' &&
      nationalityLists.has(tokens[c.first]!.sentence) &&
      nationalityAfter(tokens, c.last, text)
    ) {
      supported.add(spanText(tokens, c.first, c.last, text));
    }
  }
  const out: Candidate[] = [];
  for (const c of cands) {
    const scores = alternatives.get(c.first);
    if (c.type !== 'person' || !scores || c.titles || tokens[c.first]!.line === 'u') {
      out.push(c);
      continue;
    }
    const w = spanText(tokens, c.first, c.last, text);
    const lower = w.toLowerCase();
    // "“…,” Soprun said": a person-shaped name speaking in an inverted frame supports itself.
    if (invertedSpeaker(tokens, c, text)) {
      out.push(c);
      continue;
    }
    if (c.first !== c.last) {
      // Two or more words: re-decided only when neither end is a known first or family name ("Northrop Grumman").
      const a = tokens[c.first]!.text.toLowerCase();
      const z = tokens[c.last]!.text.toLowerCase();
      if (
        firstNames.has(a) ||
        lastNames.has(z) ||
        lastNames.has(a) ||
        firstNames.has(z) ||
        supportedBefore.has(c.first) ||
        supported.has(w)
      ) {
        out.push(c);
        continue;
      }
      const org = scores[B_ORG]!;
      const loc = scores[B_LOC]!;
      if (Math.max(org, loc) < scores[B_PER]! - MARGIN) {
        out.push(c);
        continue;
      }
      const country = countryByName.get(w);
      out.push(
        country
          ? candidate({ ...c, type: 'country', country, rule: 'entities/unsupported-person', confidence: 0.6 })
          : candidate({
              ...c,
              type: org >= loc ? 'organization' : 'location',
              rule: 'entities/unsupported-person',
              confidence: 0.6,
            }),
      );
      continue;
    }
    if (supported.has(w) || firstNames.has(lower) || lastNames.has(lower)) {
      out.push(c);
      continue;
    }
    const org = scores[U_ORG]!;
    const loc = scores[U_LOC]!;
    // The tagger saw a name here; only a common word ("Maintenance") may turn out to be none, and not when it speaks
    // ("Airbus said …": compromise's lexicon has "airbus" as a common noun).
    if (Math.max(org, loc) < scores[0]! && commonWords.has(lower) && !speaksNext(tokens, c.last)) continue;
    // "“Arizona will not be the only one …”": a known place is that place, whatever the tagger's second guess; a
    // country ("Canada's government") is the country, with its code.
    const country = countryByName.get(w);
    if (country) {
      out.push(candidate({ ...c, type: 'country', country, rule: 'entities/unsupported-person', confidence: 0.6 }));
      continue;
    }
    const place = gazetteerPhrases.get(lower) === 'L';
    out.push(
      candidate({
        ...c,
        type: place || loc > org ? 'location' : 'organization',
        rule: 'entities/unsupported-person',
        confidence: 0.6,
      }),
    );
  }
  return out;
}

/** Public offices a place holds ("Greater Manchester's mayor", "Lagos State's governor"). */
const PLACE_OFFICES = new Set(['mayor', 'governor', 'premier', 'sheriff', 'lieutenant-governor', 'deputy mayor']);

/**
 * "Greater Manchester's mayor Andy Burnham": the tagger, which reads a name before "'s" and a role as the firm that
 * employs it ("Huawei's chief executive"), makes an organization of a place the text names as a place elsewhere or
 * the gazetteer knows, when the role is a public office that places hold. Changed in place.
 */
export function placesHoldingOffices(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  const places = new Set<string>();
  for (const c of cands)
    if (c.form === 'name' && c.type === 'location') places.add(spanText(tokens, c.first, c.last, text));
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'organization' || !/^['’]s$/.test(tokens[c.last + 1]?.text ?? '')) continue;
    const office = tokens[c.last + 2]?.text.toLowerCase() ?? '';
    const two = `${office} ${tokens[c.last + 3]?.text.toLowerCase() ?? ''}`;
    if (!PLACE_OFFICES.has(office) && !PLACE_OFFICES.has(two)) continue;
    const name = spanText(tokens, c.first, c.last, text);
    if (!places.has(name) && gazetteerPhrases.get(name.toLowerCase()) !== 'L') continue;
    c.type = 'location';
    c.rule = 'entities/place-office';
  }
}

/** Whether a word ends in a Scandinavian or German word for a hospital, university or institute. */
function bodyEnding(word: string): boolean {
  const lower = word.toLowerCase();
  return bodyEndings.some((e) => lower.endsWith(e));
}

/** How many words a title before "'s Office" may have ("Attorney General", "Prime Minister"). */
const OFFICE_TITLE_WORDS = 3;

/**
 * "the Prime Minister's Office", "the Governor's Office", "the Sheriff's Office": the tagger tags the office noun
 * alone, a body called "Office". A capitalized office noun right after a title and its possessive is one name with
 * them. Changed in place.
 */
export function titledOffices(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  let covered: Uint8Array | undefined;
  for (const c of cands) {
    if (c.form !== 'name' || c.first !== c.last || !OFFICE_NOUNS.has(lowerCase(tokens[c.first]!.text))) continue;
    covered ??= coveredTokens(cands, tokens.length);
    const from = officeTitleStart(tokens, c.first, covered, text);
    if (from < 0) continue;
    c.first = from;
    c.type = 'organization';
    c.rule = 'entities/titled-office';
  }
}

/**
 * Where the title before the office noun at token `office` and its possessive starts ("Attorney General" in "the
 * Attorney General's Office"), if its words are no other name's (`covered`); else -1.
 */
function officeTitleStart(tokens: readonly NerToken[], office: number, covered: Uint8Array, text: string): number {
  const mark = tokens[office - 1];
  if (!mark || !/^['’]s?$/.test(mark.text) || mark.sentence !== tokens[office]!.sentence) return -1;
  for (let len = OFFICE_TITLE_WORDS; len >= 1; len--) {
    const from = office - 1 - len;
    if (from < 0 || tokens[from]!.sentence !== mark.sentence) continue;
    if (!titlePhrases.has(spanText(tokens, from, office - 2, text))) continue;
    for (let k = from; k < office; k++) if (covered[k] === 1) return -1;
    return from;
  }
  return -1;
}

/**
 * "The Attorney General's Office declined to comment": the same names where the tagger tagged none of the words, a
 * capitalized office noun in prose after a title and its possessive. New candidates, in order with the others.
 */
export function untaggedTitledOffices(
  cands: readonly Candidate[],
  tokens: readonly NerToken[],
  text: string,
): Candidate[] {
  let covered: Uint8Array | undefined;
  let out: Candidate[] | undefined;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The capital first: it settles most tokens without lower-casing them.
    if (t.line !== 'n' || !startsCapitalized(t.text) || !OFFICE_NOUNS.has(lowerCase(t.text))) continue;
    covered ??= coveredTokens(cands, tokens.length);
    if (covered[i] === 1) continue;
    const from = officeTitleStart(tokens, i, covered, text);
    if (from < 0) continue;
    out ??= [...cands];
    out.push(
      candidate({
        first: from,
        last: i,
        type: 'organization',
        form: 'name',
        rule: 'entities/titled-office',
        confidence: 0.7,
      }),
    );
  }
  return out ? out.sort((a, b) => a.first - b.first) : [...cands];
}
