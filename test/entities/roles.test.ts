import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { entitiesOf, entityOf, mention } from './helpers.js';

describe('roles', () => {
  it.each<[string, string, string, string]>([
    [
      'Siemens chief executive Joe Kaeser said on Monday that profits fell.',
      'Joe Kaeser',
      'chief executive',
      'Siemens',
    ],
    [
      'Anna Berg, who is Tom Berg’s daughter and the chief financial officer of Nordbank, was arrested in Oslo.',
      'Anna Berg',
      'daughter',
      'Tom Berg',
    ],
    [
      'Anna Berg, who is Tom Berg’s daughter and the chief financial officer of Nordbank, was arrested in Oslo.',
      'Anna Berg',
      'chief financial officer',
      'Nordbank',
    ],
    ['Kenya’s President William Ruto said trade would double.', 'William Ruto', 'President', 'Kenya'],
    // The place or body an office is held in, right after the name.
    ['Row\n\nSenator Tom Carr of Ohio said the bill was dead.', 'Tom Carr', 'Senator', 'Ohio'],
    ['Row\n\nMayor Dale Whitaker of Brookfield faces 12 counts.', 'Dale Whitaker', 'Mayor', 'Brookfield'],
    // A party's member of a parliament, as UK and Irish news write it.
    ['Cuts row\n\nLabour MP Diane Hollis repeated the figure on Tuesday.', 'Diane Hollis', 'MP', 'Labour'],
    // A portfolio before the office, a demonym before both.
    [
      'Talks stall\n\nDanish Immigration Minister Kaare Dybvad told reporters the talks had stalled.',
      'Kaare Dybvad',
      'Immigration Minister',
      // The demonym's mention: the role is of its country.
      'Danish',
    ],
    // A title before the name, the body in an appositive after it.
    [
      'Inspector John Kerr, of Merseyside Police, said officers were called at 2am.',
      'John Kerr',
      'Inspector',
      'Merseyside Police',
    ],
    [
      'Professor Jane Holt, from the University of Leeds, said the data was clear.',
      'Jane Holt',
      'Professor',
      'University of Leeds',
    ],
    ['Britain’s Prime Minister Keir Starmer met the king.', 'Keir Starmer', 'Prime Minister', 'Britain'],
    ['Maharashtra minister Ajit Pawar attended the meeting.', 'Ajit Pawar', 'minister', 'Maharashtra'],
    ['Egypt’s foreign minister, Badr Abdelatty, hosted the talks.', 'Badr Abdelatty', 'foreign minister', 'Egypt'],
    [
      'Qatar’s minister of state, Mohammed Al-Khulaifi, and Turkey’s foreign minister, Hakan Fidan, attended.',
      'Hakan Fidan',
      'foreign minister',
      'Turkey',
    ],
    [
      'Qatar’s minister of state, Mohammed Al-Khulaifi, and Turkey’s foreign minister, Hakan Fidan, attended.',
      'Mohammed Al-Khulaifi',
      'minister of state',
      'Qatar',
    ],
    [
      'Ngozi Okonjo-Iweala, the WTO director-general, warned of a slowdown.',
      'Ngozi Okonjo-Iweala',
      'director-general',
      'WTO',
    ],
    // A field and a second link word, or modifiers, between the role and its body.
    [
      'Mara Lind, a professor of economics at Halden University, said wages rose.',
      'Mara Lind',
      'professor of economics',
      'Halden University',
    ],
    [
      'Ravi Menon, the leader of the opposition Janata Front party, said the vote was rigged.',
      'Ravi Menon',
      'leader',
      'Janata Front',
    ],
    [
      'Tom Ekdahl, head of the centrist Brookfield Institute, said the plan would fail.',
      'Tom Ekdahl',
      'head',
      'Brookfield Institute',
    ],
    // The role, its link word and the body before the name between commas.
    [
      'A spokesperson for the Chinese Foreign Ministry, Lin Jian, said the curbs were unfair.',
      'Lin Jian',
      'spokesperson',
      'Foreign Ministry',
    ],
    [
      'The owner of the Woodmont Country Club, Mark Schmidt, said play fell.',
      'Mark Schmidt',
      'owner',
      'Woodmont Country Club',
    ],
    // A body named before the title, then the name between commas.
    ['The Federal Reserve chair, Jerome Powell, said rates would rise.', 'Jerome Powell', 'chair', 'Federal Reserve'],
    ['Nordbank founder, Anna Berg, said profits fell.', 'Anna Berg', 'founder', 'Nordbank'],
    // A person before the possessive owns the role as a body does.
    [
      "Linda Marsh was charged. Marsh's attorney, Rebecca Ortiz, said she would plead not guilty.",
      'Rebecca Ortiz',
      'attorney',
      'Linda Marsh',
    ],
    // A participle used as an adjective inside the appositive is no verb of a clause.
    [
      'Kathy Jones, chief fixed income strategist at Nordbank, said rates would rise.',
      'Kathy Jones',
      'chief fixed income strategist',
      'Nordbank',
    ],
  ])('%s: %s is %s of %s', (text, person, title, of) => {
    const doc = entitiesOf(text);
    const e = entityOf(doc, mention(doc, person)!);
    const target = entityOf(doc, mention(doc, of)!);
    const role = e.roles?.find((r) => r.title === title);
    expect(role, JSON.stringify(e.roles)).toBeDefined();
    expect(role!.of).toBe(target.id);
    expect(text.slice(role!.evidence.start, role!.evidence.end)).toBe(role!.evidence.text);
  });

  it.each([
    ['Downing Street said Prime Minister Keir Starmer had spoken to the king.', 'Keir Starmer'],
    ['The Supreme Court ordered the arrest of former Senator Juan Rodriguez.', 'Juan Rodriguez'],
    [
      'Qatar’s envoy, Mohammed Al-Khulaifi, and Turkey’s foreign minister, Hakan Fidan, attended.',
      'Mohammed Al-Khulaifi',
    ],
  ])('a clause or a list before a title gives no role: %s', (text, person) => {
    const doc = entitiesOf(text);
    const e = entityOf(doc, mention(doc, person)!);
    expect((e.roles ?? []).filter((r) => /said|ordered|foreign/.test(r.title))).toEqual([]);
  });

  it.each([
    ['Orsa said sales fell. Chief executive Lena Dahl blamed the weather.', 'Lena Dahl', 'Chief executive'],
    ['The senator spoke first. His campaign manager Jeff Ward declined to comment.', 'Jeff Ward', 'campaign manager'],
  ])('a sentence-case title opening the sentence or after a possessive pronoun: %s', (text, person, title) => {
    const doc = entitiesOf(text);
    const e = entityOf(doc, mention(doc, person)!);
    expect(e.roles?.map((r) => [r.title, r.of])).toEqual([[title, undefined]]);
  });

  // Negative rows: a list or a clause before the name is no title.
  it.each([
    ['He thanked his wife and former President Ana Ruiz.', 'Ana Ruiz'],
    ["The union's workers support Senator Tom Hale.", 'Tom Hale'],
  ])('no sentence-case role: %s', (text, person) => {
    const doc = entitiesOf(text);
    expect(entityOf(doc, mention(doc, person)!).roles ?? []).toEqual([]);
  });

  it.each([
    ['The health minister, Dr Aoife Brennan, said lists were falling.', 'Aoife Brennan', 'health minister'],
    ['A former senator, Ruth Okafor, said the bill would fail.', 'Ruth Okafor', 'former senator'],
  ])('an article opens a role before the name with no owner: %s', (text, person, title) => {
    const doc = entitiesOf(text);
    const e = entityOf(doc, mention(doc, person)!);
    expect(e.roles?.map((r) => [r.title, r.of])).toEqual([[title, undefined]]);
  });

  it('an ordinary phrase before a name between commas is no role (negative case)', () => {
    const doc = entitiesOf('The plan, Ruth Okafor said, would fail.');
    expect(entityOf(doc, mention(doc, 'Ruth Okafor')!).roles ?? []).toEqual([]);
  });

  it('a role serving a person names no owner', () => {
    const doc = entitiesOf('Anwar Gargash, a diplomatic adviser to the UAE president, said talks would continue.');
    const e = entityOf(doc, mention(doc, 'Anwar Gargash')!);
    expect(e.roles?.map((r) => [r.title, r.of])).toEqual([['diplomatic adviser', undefined]]);
  });

  it.each([
    ['Wopke Hoekstra, the 49-year-old former minister, said he agreed.', 'Wopke Hoekstra', 'former minister'],
    ['Anna Berg, a 52-year-old nurse, was arrested in Oslo.', 'Anna Berg', 'nurse'],
  ])('an age is no part of the role: %s', (text, person, title) => {
    const doc = entitiesOf(text);
    const e = entityOf(doc, mention(doc, person)!);
    expect(e.roles?.map((r) => r.title)).toEqual([title]);
  });

  it('keeps punctuation out of a pre-name title', () => {
    const doc = entitiesOf('In Texas, Governor Greg Abbott said the border was closed.');
    const roles = entityOf(doc, mention(doc, 'Greg Abbott')!).roles ?? [];
    expect(roles.filter((r) => /[,'’]/.test(r.title))).toEqual([]);
  });

  it.each([
    ['Anna Berg, who founded Nordbank, said profits fell.', 'Anna Berg'],
    ['Anna Berg, having founded Nordbank, said profits fell.', 'Anna Berg'],
    ['In Nordbank, Anna Berg said profits fell.', 'Anna Berg'],
    // An honorific is no office; nor is a title whose body came before the name held where the person is from.
    ['Row\n\nMr. John Smith of Chicago said no.', 'John Smith'],
    // A title after "and" belongs to the second name, not to the first name's place.
    ['Row\n\nSenator Ann Cole of Texas and Senator Tom Carr said no.', 'Tom Carr'],
    // A party after a titled name is an affiliation; an honorific is no title.
    ['Mayor Ana Ruiz, of the opposition Labour Party, said the troops must leave.', 'Ana Ruiz'],
    ['Mr. Tom Hale, of Nordbank, said profits fell.', 'Tom Hale'],
  ])('a clause or a place before or after the name gives no role: %s', (text, person) => {
    const doc = entitiesOf(text);
    expect(entityOf(doc, mention(doc, person)!).roles).toBeUndefined();
  });

  it('gives no role to an appositive without a role word', () => {
    const doc = entitiesOf('Anna Berg, tired after the flight, spoke to reporters in Oslo.');
    expect(entityOf(doc, mention(doc, 'Anna Berg')!).roles).toBeUndefined();
  });
});

describe('a role a pronoun owns', () => {
  it('"Her daughter, NAME," records the role, and "her daughter said" is that person', () => {
    const doc = analyze(
      'Margaret Ellery died on Monday. Her daughter, Claire Hoskins-Ward, said she died peacefully. "She never stopped working," her daughter said.',
    );
    const claire = entityOf(doc, mention(doc, 'Claire Hoskins-Ward')!);
    expect(claire.roles?.map((r) => r.title)).toContain('daughter');
    const q = doc.quotes.find((x) => x.speaker?.span?.text === 'her daughter');
    expect(q?.speaker?.entityId).toBe(claire.id);
  });

  it('as an object too ("thanked her lawyer, Jane Roe,"); a word that is no role records nothing', () => {
    const doc = entitiesOf('She thanked her lawyer, Jane Roe, for the work. Their house, Rose Hill, was sold.');
    expect(entityOf(doc, mention(doc, 'Jane Roe')!).roles?.map((r) => r.title)).toEqual(['lawyer']);
    expect(doc.entities.flatMap((e) => e.roles ?? []).map((r) => r.title)).toEqual(['lawyer']);
  });
});

describe('a place after a name whose office has its body before it', () => {
  it('is where the person is from, not where the office is held', () => {
    const doc = entitiesOf('Talks\n\nSecurity Council President Tono Eitel of Germany said members would meet.');
    const e = entityOf(doc, mention(doc, 'Tono Eitel')!);
    const germany = entityOf(doc, mention(doc, 'Germany')!);
    expect(e.roles?.some((r) => r.of === germany.id)).toBe(false);
  });
});

describe('possessive owners of appositive roles', () => {
  const roleOf = (text: string, name: string) => {
    const doc = entitiesOf(text);
    const m = mention(doc, name);
    if (!m) return [];
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    return (entityOf(doc, m).roles ?? []).map((r) => `${r.title}@${r.of ? names.get(r.of) : ''}`);
  };

  it.each([
    ['The striker Tom Reid, the Rovers’ captain, missed the game.', 'Tom Reid', 'captain@Rovers'],
    ['The Greens’ parliamentary leader, Karla Dorn, spoke first.', 'Karla Dorn', 'parliamentary leader@Greens'],
    [
      'Halvorsen Robotics said profits rose. Mia Lind, its chief executive, said demand was strong.',
      'Mia Lind',
      'chief executive@Halvorsen Robotics',
    ],
    [
      'Talks went on. Paul Okoro, Zentec’s co-founder and chief executive, said the deal was done.',
      'Paul Okoro',
      'chief executive@Zentec',
    ],
    [
      'Halvorsen Robotics said profits rose. Mia Lind, the company’s chair, said demand was strong.',
      'Mia Lind',
      'chair@Halvorsen Robotics',
    ],
  ])('the owner takes the role, the mark stays off the title: %s', (text, name, role) => {
    expect(roleOf(text, name)).toContain(role);
  });

  it.each([
    ['Sara Holm, a lawyer and mother of three, said the rule was unfair.', 'Sara Holm', '@'],
    ['Dan Moyo, its chief executive, said demand was strong.', 'Dan Moyo', 'chief executive@'],
    ['Dan Moyo, the company’s chief executive, said demand was strong.', 'Dan Moyo', 'chief executive@'],
  ])('no owner named, none guessed: %s', (text, name, suffix) => {
    for (const r of roleOf(text, name)) expect(r.endsWith(suffix)).toBe(true);
  });

  it('a body’s description with its possessive stays off the title when no body is named', () => {
    expect(roleOf('Dan Moyo, the company’s chief executive, said demand was strong.', 'Dan Moyo')).toEqual([
      'chief executive@',
    ]);
  });
});

describe('portfolio words before a title', () => {
  const rolesOf = (text: string, name: string) => {
    const doc = entitiesOf(`Markets were calm on Monday.\n${text}`);
    const m = mention(doc, name);
    if (!m) return [];
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    return (entityOf(doc, m).roles ?? []).map((r) => `${r.title}@${r.of ? names.get(r.of) : ''}`);
  };

  it.each([
    ['Ontario Health Minister Sylvia Okafor said wait times fell.', 'Sylvia Okafor', 'Health Minister@Ontario'],
    [
      'Quebec Natural Resources Minister Jon Wilkes said the mine would wait.',
      'Jon Wilkes',
      'Natural Resources Minister@Quebec',
    ],
    ['Nevada Secretary of State Dana Ruiz certified the count.', 'Dana Ruiz', 'Secretary of State@Nevada'],
  ])('belong to the title, the place before them owns it: %s', (text, name, role) => {
    expect(rolesOf(text, name)).toContain(role);
  });

  it.each([
    ['Homeland Security Secretary Jeh Brown toured the border.', 'Homeland'],
    ['Republican National Chairman Reid Pryor spoke.', 'Republican'],
  ])('a name that is no whole name without them keeps them: %s', (text, part) => {
    const doc = entitiesOf(`Markets were calm on Monday.\n${text}`);
    expect(doc.mentions.some((m) => m.text === part)).toBe(false);
  });
});

describe('a place that holds a public office', () => {
  const lead = 'Buses will be free.\n';
  it.each([
    "The Mayor of Greater Manchester, Andy Burnham, spoke first. Greater Manchester's mayor Andy Burnham then took questions.",
    "Fares fell in Greater Manchester. Greater Manchester's mayor Andy Burnham said so.",
  ])('stays a place before "\'s mayor", and owns the role: %s', (text) => {
    const doc = entitiesOf(lead + text);
    expect(doc.mentions.filter((m) => m.text === 'Greater Manchester').every((m) => m.type === 'location')).toBe(true);
    const burnham = entityOf(doc, mention(doc, 'Andy Burnham')!);
    const place = doc.entities.find((e) => e.name === 'Greater Manchester');
    expect(burnham.roles?.some((r) => r.of === place?.id && /mayor/i.test(r.title))).toBe(true);
  });

  it("a company's chief stays the company's", () => {
    const doc = entitiesOf(`${lead}Vireo Labs's chief executive Ana Ruiz said sales rose.`);
    expect(mention(doc, 'Vireo Labs')?.type).toBe('organization');
  });
});

describe('British police ranks', () => {
  it.each<[string, string, string]>([
    ['Break-in\n\nDetective Sergeant Tom Hale said the case was closed.', 'Tom Hale', 'Detective Sergeant'],
    ['Break-in\n\nThe appeal came from Detective Chief Inspector Ruth Lamb.', 'Ruth Lamb', 'Detective Chief Inspector'],
  ])('keep the whole rank as one title: %s', (text, person, title) => {
    const doc = entitiesOf(text);
    expect(entityOf(doc, mention(doc, person)!).titles).toContain(title);
  });
});
