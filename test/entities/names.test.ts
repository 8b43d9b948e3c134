import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/types.js';
import { entitiesOf, entityOf, mention } from './helpers.js';

describe('name mentions', () => {
  it.each<[string, string, EntityType]>([
    ['Siemens chief executive Joe Kaeser said on Monday that profits fell.', 'Siemens', 'organization'],
    ['Siemens chief executive Joe Kaeser said on Monday that profits fell.', 'Joe Kaeser', 'person'],
    ['Anna Berg flew to Oslo to meet bankers from Nordbank.', 'Oslo', 'location'],
    ['The Sunday Times reported the deal on Sunday.', 'Sunday Times', 'organization'],
    ['In a report, The Australian newspaper cited intelligence sources.', 'The Australian', 'organization'],
    ['A man died in Viana do Castelo on Friday.', 'Viana do Castelo', 'location'],
    ['Idaho Gov. Brad Little called the decision a win.', 'Idaho', 'location'],
    ['Idaho Gov. Brad Little called the decision a win.', 'Brad Little', 'person'],
    [
      "A spokeswoman for the 19th Judicial District Attorney's Office confirmed the charges.",
      "Judicial District Attorney's Office",
      'organization',
    ],
    ['The bill passed the Senate after former President Bill Clinton spoke.', 'Bill Clinton', 'person'],
    ['Nordbank spokeswoman Ilse Vandermeer said the branch would close.', 'Ilse Vandermeer', 'person'],
    ['Engineers at Changi International Airport checked the plane.', 'Changi International Airport', 'location'],
    ['Toronto Mayor John Tory says the city will not cut funding.', 'Toronto', 'location'],
    ['Toronto Mayor John Tory says the city will not cut funding.', 'John Tory', 'person'],
    ['Sarah Kim, an obstetrician at Johns Hopkins University, spoke.', 'Johns Hopkins University', 'organization'],
    ['The Senate voted. Senate Majority Leader Mitch McConnell spoke after.', 'Mitch McConnell', 'person'],
    // The tagger calls the maker's name MISC (CoNLL's "Airbus A310"), but a product does not speak.
    ['The European aircraft maker Airbus said on Tuesday that it would deliver the plane.', 'Airbus', 'organization'],
    // Armed groups and movements (data/entity-words.json `armedGroups`), as CoNLL types "Hamas" and "PKK".
    ['Al-Shabaab claimed the attack in Mogadishu on Friday.', 'Al-Shabaab', 'organization'],
    ['Fighters from Hayat Tahrir al-Sham took the city.', 'Hayat Tahrir al-Sham', 'organization'],
    ['Hezbollah fired rockets into northern Israel.', 'Hezbollah', 'organization'],
    ['The Houthis attacked a ship. Boko Haram kidnapped girls.', 'Boko Haram', 'organization'],
    ['Officials said the Islamic State and al-Qaeda were weakened.', 'Islamic State', 'organization'],
    ['Officials said the Islamic State and al-Qaeda were weakened.', 'al-Qaeda', 'organization'],
    // A party named bare, with a letter past ASCII; "X's leader" made the tagger read a person.
    ["Sinn F\u00e9in's leader said the result was historic.", 'Sinn F\u00e9in', 'organization'],
    ["Sinn Fein's leader said the result was historic.", 'Sinn Fein', 'organization'],
    // Places whose name holds its article (data/entity-words.json `thePlaces`).
    ['The Hague said it would appeal the ruling.', 'The Hague', 'location'],
    ['THE HAGUE -- Dutch police arrested two men on Monday.', 'THE HAGUE', 'location'],
    ['Judges at The Hague-based court ruled on Monday.', 'The Hague', 'location'],
    ['She grew up in The Bronx before moving to Ohio.', 'The Bronx', 'location'],
    ['He moved from The Gambia to Senegal.', 'The Gambia', 'country'],
    // A numbered-series noun opening a longer name stays a name ("Game 2" does not).
    ['Match Group said on Tuesday that revenue rose.', 'Match Group', 'organization'],
    // A place opening an organization's name after "the" stays on it.
    ['He is a professor at the London School of Economics.', 'London School of Economics', 'organization'],
    ['A study by the London School of Economics found this.', 'London School of Economics', 'organization'],
    // A demonym opening a body's name stays on it; a state organ's keeps it apart (CoNLL's "Turkish Foreign Ministry").
    [
      "North Korea's official Korean Central News Agency said the test succeeded.",
      'Korean Central News Agency',
      'organization',
    ],
    ['The Turkish Foreign Ministry said on Monday that talks would resume.', 'Foreign Ministry', 'organization'],
    // One company word after a demonym names a company ("Turkish Airlines"), not a country's press or league.
    ['Both Turkish Airlines and Lufthansa cut fares on Monday.', 'Turkish Airlines', 'organization'],
    ['Analysts said Polish Railways would need new trains.', 'Polish Railways', 'organization'],
    ['The American Civil Liberties Union said it would sue.', 'American Civil Liberties Union', 'organization'],
    // A court of law is a body; "Court" alone can end a place.
    ['The indictment was unsealed in Denver District Court on Thursday.', 'Denver District Court', 'organization'],
    ['Federer won the final on Stadium Court.', 'Stadium Court', 'location'],
    // A name that opens with a company's word is headless without its demonym.
    ['Rivals Norwegian Air Shuttle and SAS added seats last year.', 'Norwegian Air Shuttle', 'organization'],
    // A body's head word at the end makes a name the tagger read as a person a body.
    ['Hamas Political Bureau chief Ismail Haniyeh said talks would go on.', 'Hamas Political Bureau', 'organization'],
    ['Hamas Political Bureau chief Ismail Haniyeh said talks would go on.', 'Ismail Haniyeh', 'person'],
    ['Nordvik Shipping said he had resigned from the board.', 'Nordvik Shipping', 'organization'],
    // An inner "and" beside an ampersand name splits the span.
    ['AT&T and Johnson & Johnson reported earnings on Tuesday.', 'AT&T', 'organization'],
    ['AT&T and Johnson & Johnson reported earnings on Tuesday.', 'Johnson & Johnson', 'organization'],
  ])('%s → %s (%s)', (text, surface, type) => {
    const doc = entitiesOf(text);
    const m = mention(doc, surface);
    expect(m, surface).toBeDefined();
    expect(m!.type).toBe(type);
    expect(m!.form).toBe('name');
    expect(text.slice(m!.start, m!.end)).toBe(surface);
    expect(m!.rule).toMatch(/^entities\//);
    expect(m!.confidence).toBeGreaterThan(0);
    expect(m!.confidence).toBeLessThanOrEqual(1);
  });

  it('splits slash-glued photo credits into their names', () => {
    const doc = entitiesOf('The minister waves to supporters in Lyon. (Pierre Dubois/AFP/Getty Images)');
    expect(mention(doc, 'Pierre Dubois')?.type).toBe('person');
    expect(mention(doc, 'AFP')?.type).toBe('organization');
    expect(mention(doc, 'Getty Images')?.type).toBe('organization');
    expect(doc.mentions.some((m) => m.text.includes('/'))).toBe(false);
  });
});

describe('armed groups (negative cases)', () => {
  it('leaves a person named like no listed group alone, and longer names that hold one', () => {
    const doc = entitiesOf('The composer Richard Wagner wrote operas. Wagner died in Venice.');
    expect(mention(doc, 'Wagner')?.type).toBe('person');
    const iraq = entitiesOf('Fighters of the Islamic State of Iraq attacked the town.');
    expect(iraq.mentions.some((m) => m.text === 'Islamic State')).toBe(false);
  });
});

describe('places with "The" (negative cases)', () => {
  it('keeps a lower-case article off the name', () => {
    const doc = entitiesOf('Talks were held in the Hague on Friday.');
    expect(mention(doc, 'Hague')?.type).toBe('location');
    expect(doc.mentions.some((m) => m.text.startsWith('the '))).toBe(false);
  });
});

describe('place-led organization names (negative cases)', () => {
  it('keeps a place apart where no article binds it to the name after it', () => {
    const doc = entitiesOf('Workers in London staged a strike at Barclays on Monday.');
    expect(mention(doc, 'London')?.type).toBe('location');
    expect(mention(doc, 'Barclays')?.type).toBe('organization');
  });
});

describe('ampersand acronyms', () => {
  it.each<[string, string, string]>([
    ['Johnson & Johnson reported earnings. J&J said sales rose.', 'J&J', 'Johnson & Johnson'],
    ['Procter & Gamble raised prices. P&G said demand held.', 'P&G', 'Procter & Gamble'],
  ])('%s: %s joins %s', (text, short, full) => {
    const doc = entitiesOf(text);
    expect(entityOf(doc, mention(doc, short)!).name).toBe(full);
  });

  it('does not join an ampersand acronym to a name with other initials', () => {
    const doc = entitiesOf('Procter & Gamble raised prices. J&J said demand held.');
    expect(entityOf(doc, mention(doc, 'J&J')!).name).not.toBe('Procter & Gamble');
  });
});

describe('not names (negative cases)', () => {
  it.each<[string, string]>([
    ['Prices may rise in the spring. May I ask why?', 'May'],
    ['The Celtics took a 2-0 lead after winning Game 2 of the NBA Finals.', 'Game'],
    ['After Game 5 on Thursday, the series shifts to Dallas.', 'Game'],
    ['Sales doubled over Christmas and the New Year holiday.', 'Christmas'],
    ['A HEARTBROKEN bride says she was left at the altar.', 'HEARTBROKEN'],
    ['Sales doubled over Christmas and the New Year holiday.', 'New Year'],
    ['The bill passed the Senate after a long debate.', 'bill'],
    ['Peel the apple and slice it thinly. Apple slices go into the pan with sugar.', 'Apple'],
    ['Peel the apple and slice it thinly. Apple slices go into the pan with sugar.', 'apple'],
    ['OSLO, March 4 (Reuters) - The ministry said on Thursday that exports had fallen.', 'March'],
    ['The vote is set for 12 June, officials said on Monday.', 'June'],
    ['Port Operator Denies Data Breach\n\nThe operator said no customer data had left the port.', 'Port'],
    ['Port Operator Denies Data Breach\n\nThe operator said no customer data had left the port.', 'Data'],
  ])('%s: no mention %s', (text, surface) => {
    const doc = entitiesOf(text);
    expect(doc.mentions.filter((m) => m.text === surface)).toEqual([]);
  });

  it('keeps title-case headline words that are not names out', () => {
    const doc = entitiesOf(
      'Nordbank Chief Breaks Silence, Says Company Will Grow\n\nNordbank chief executive Erik Lund said the bank would hire 200 people.',
    );
    const texts = doc.mentions.map((m) => m.text);
    expect(texts).not.toContain('Breaks Silence');
    expect(texts).not.toContain('Says Company');
    expect(texts.filter((t) => t === 'Nordbank').length).toBeGreaterThanOrEqual(1);
  });

  it('a product’s inner capital keeps a headline title case ("New iPhone")', () => {
    const doc = entitiesOf(
      'Apple Unveils New iPhone, Says Sales Will Rebound in China\n\nApple on Tuesday unveiled a new iPhone and said sales would rebound.',
    );
    expect(doc.mentions.map((m) => m.text)).not.toContain('Says Sales');
  });

  it('takes nothing from boilerplate', async () => {
    const { createPipeline } = await import('../../src/pipeline/pipeline.js');
    const { tokenizeStage } = await import('../../src/text/tokenize.js');
    const { articleStage } = await import('../../src/article/article-stage.js');
    const { entitiesStage } = await import('../../src/entities/stage.js');
    const { createTrace } = await import('../../src/pipeline/trace.js');
    const text = 'Erik Lund runs Nordbank.\nSign up for the Nordbank Daily newsletter from Erik Lund.';
    const doc = createPipeline([tokenizeStage, articleStage]).analyze(text);
    const start = text.indexOf('Sign up');
    const draft = {
      ...doc,
      meta: { ...doc.meta, boilerplate: [{ start, end: text.length, text: text.slice(start) }] },
    };
    const out = entitiesStage.run(draft, { options: {}, trace: createTrace(false), isDisabled: () => false });
    expect(out.mentions!.length).toBeGreaterThan(0);
    expect(out.mentions!.every((m) => m.end <= start)).toBe(true);
  });
});

describe('one entity per real-world thing', () => {
  it.each<[string, string, string]>([
    ['Chancellor Angela Merkel met reporters. Merkel said talks would go on.', 'Merkel', 'Angela Merkel'],
    ['President Donald Trump spoke first. Later Trump left for Florida.', 'Trump', 'Donald Trump'],
    ['Lee Hsien Loong opened the session. Lee thanked the delegates.', 'Lee', 'Lee Hsien Loong'],
  ])('%s: "%s" joins "%s"', (text, short, full) => {
    const doc = entitiesOf(text);
    const s = mention(doc, short, 0);
    const f = mention(doc, full);
    expect(s?.entityId).toBe(f?.entityId);
    const e = entityOf(doc, f!);
    expect(e.name).toBe(full);
    expect(e.aliases).toContain(short);
  });

  it.each([
    ['He wrote for The Epoch Times until May.', 'Epoch Times', 'The Epoch Times'],
    ['As host of “The Apprentice,” he fired people.', 'Apprentice', 'The Apprentice'],
    // A capital after a quotation mark or a colon opens a sentence: its "The" is no part of the name.
    ['“The Federal Reserve is not done,” she said.', 'Federal Reserve', 'Federal Reserve'],
    ['He put it simply: The Federal Reserve is not done.', 'Federal Reserve', 'Federal Reserve'],
  ])('%s: the canonical name of "%s" is "%s"', (text, surface, name) => {
    const doc = entitiesOf(text);
    expect(entityOf(doc, mention(doc, surface)!).name).toBe(name);
  });

  it('a place in capitals (a dateline) is the same place as its usual form, which names it', () => {
    const doc = entitiesOf('BERLIN, Nov 7 (Reuters) - Olaf Scholz spoke to reporters in Berlin on Thursday.');
    const e = entityOf(doc, mention(doc, 'Berlin')!);
    expect(mention(doc, 'BERLIN')?.entityId).toBe(e.id);
    expect(e.name).toBe('Berlin');
  });

  it('an organization name with a plural possessive inside is one name; a name ending in s is not taken in', () => {
    const doc = entitiesOf(
      'Geordie Dent leads the Federation of Metro Tenants’ Associations. The Teachers’ Union of Ontario agreed.',
    );
    const names = doc.mentions.filter((m) => m.form === 'name').map((m) => m.text);
    expect(names).toContain('Federation of Metro Tenants’ Associations');
    expect(names).toContain('Teachers’ Union of Ontario');
    const other = entitiesOf('Jets were parked at Airbus’ Delivery Center in Toulouse.');
    expect(other.mentions.map((m) => m.text)).not.toContain('Airbus’ Delivery Center');
  });

  it.each([
    [
      'Researchers at the University of Colorado School of Medicine examined the data.',
      'University of Colorado School of Medicine',
    ],
    ['A team at the Harvard T.H. Chan School of Public Health found it.', 'Harvard T.H. Chan School of Public Health'],
    ['Officials at the Office of Management and Budget in Washington agreed.', 'Office of Management and Budget'],
    ['The University of the Basque Country said it would appeal.', 'University of the Basque Country'],
    ['The study was published in The New England Journal of Medicine.', 'The New England Journal of Medicine'],
    [
      'The Centers for Disease Control and Prevention estimates that 17 million adults have long COVID.',
      'Centers for Disease Control and Prevention',
    ],
    ['The International Committee of the Red Cross said aid was blocked.', 'International Committee of the Red Cross'],
    ['The Office for National Statistics said prices rose.', 'Office for National Statistics'],
    [
      'The UN Relief and Works Agency for Palestine Refugees said aid was blocked.',
      'UN Relief and Works Agency for Palestine Refugees',
    ],
    [
      "China's market regulator said it had opened an inquiry.\n\nThe State Administration for Market Regulation said it was examining the deal.",
      'State Administration for Market Regulation',
    ],
    [
      'The Intergovernmental Panel on Climate Change warned that ice loss is rising.',
      'Intergovernmental Panel on Climate Change',
    ],
    ['Gowdy chairs the House Select Committee on Benghazi.', 'House Select Committee on Benghazi'],
  ])('an organization head with its "of" or "for" phrase is one name: %s', (text, name) => {
    const doc = entitiesOf(text);
    expect(doc.mentions.filter((m) => m.form === 'name').map((m) => [m.text, m.type])).toContainEqual([
      name,
      'organization',
    ]);
  });

  it.each([
    ['The FBI and Justice Department declined to comment.', ['FBI', 'Justice Department']],
    ['He worked with the IRS and Drug Enforcement Administration.', ['IRS', 'Drug Enforcement Administration']],
  ])('an acronym before "and" is a name of its own, not the first half of a shared head: %s', (text, names) => {
    const doc = entitiesOf(text);
    expect(doc.mentions.filter((m) => m.form === 'name').map((m) => m.text)).toEqual(names);
  });

  it('a body and a date after "on" stay apart ("the Commission on Monday said")', () => {
    const doc = entitiesOf('The European Commission on Monday said it would act.');
    expect(doc.mentions.filter((m) => m.form === 'name').map((m) => m.text)).toEqual(['European Commission']);
  });

  it('joins an acronym to its expansion', () => {
    const doc = entitiesOf('Delegates at the World Economic Forum (WEF) met in Davos. The WEF said so.');
    const e = entityOf(doc, mention(doc, 'World Economic Forum')!);
    expect(e.aliases).toContain('WEF');
    expect(doc.mentions.filter((m) => m.text === 'WEF').every((m) => m.entityId === e.id)).toBe(true);
  });

  it.each<[string, string, string | undefined]>([
    // An acronym read as a word, written in lower case after its capital, in brackets after the name.
    ['Members of the Kenya National Union of Nurses (Knun) marched. Knun said wages were low.', 'Knun', 'in'],
    // Letters that are not the name's initials stay a name of their own.
    ['Members of the Kenya National Union of Nurses (Kadu) marched on Monday.', 'Kadu', undefined],
  ])('a bracketed word of the initials: %s', (text, word, joined) => {
    const doc = entitiesOf(text);
    const e = entityOf(doc, mention(doc, 'Kenya National Union of Nurses')!);
    const m = mention(doc, word);
    if (joined) {
      expect(e.aliases).toContain(word);
      expect(m?.entityId).toBe(e.id);
    } else expect(m?.entityId).not.toBe(e.id);
  });

  it.each<[string, string]>([
    // The tagger reads the later bare form as a place; its definition in brackets says it is the body.
    [
      'The Independent Police Investigative Directorate (Ipid) opened a case. Ipid spokesperson Lizzy Suping said officers were suspended.',
      'Ipid',
    ],
    [
      'The National Energy Regulator of South Africa (Nersa) will rule in March. Nersa spokesperson Themba Ndlovu said hearings would follow.',
      'Nersa',
    ],
  ])('every mention of an acronym defined in brackets after a body is that body: %s', (text, word) => {
    const doc = entitiesOf(text);
    const forms = doc.mentions.filter((m) => m.text === word);
    expect(forms.length).toBe(2);
    for (const m of forms) expect(m.type).toBe('organization');
    expect(new Set(forms.map((m) => m.entityId)).size).toBe(1);
  });

  it("letters in brackets that are not the body's initials outweigh nothing", () => {
    const doc = entitiesOf('Officials of the Kenya Ports Authority (Lamu) met. Lamu residents protested.');
    expect(mention(doc, 'Lamu residents')).toBeUndefined();
    expect(doc.mentions.filter((m) => m.text === 'Lamu' && m.type === 'organization').length).toBeLessThan(2);
  });

  it.each<[string, string, string]>([
    ['Party chief Barrister Ahmed Raza Khan said the rally would go ahead.', 'Ahmed Raza Khan', 'Barrister'],
    ['Maulana Abdul Ghafoor said the talks had failed.', 'Abdul Ghafoor', 'Maulana'],
    ['Alhaji Musa Danladi said the market would reopen.', 'Musa Danladi', 'Alhaji'],
  ])('an honorific of South Asian and West African copy stays off the name: %s', (text, name, title) => {
    const doc = entitiesOf(text);
    const m = mention(doc, name);
    expect(m?.type).toBe('person');
    expect(entityOf(doc, m!).titles).toContain(title);
  });

  it('a body before the "of" of a title owns no role of it', () => {
    const doc = entitiesOf('Voters backed the Progressive Front of President Sheikh Amara Kone in the runoff.');
    const m = doc.mentions.find((x) => x.type === 'person' && x.text.includes('Kone'));
    expect(m).toBeDefined();
    for (const r of entityOf(doc, m!).roles ?? []) expect(r.title.startsWith('of ')).toBe(false);
  });

  it('the role before an honorific and a name is the office alone', () => {
    const doc = entitiesOf('PPP chief Barrister Ahmed Raza Khan said the rally would go ahead.');
    expect(entityOf(doc, mention(doc, 'Ahmed Raza Khan')!).roles?.map((r) => r.title)).toEqual(['chief']);
  });

  it('keeps titles off the name and on the entity', () => {
    const doc = entitiesOf('President Donald Trump spoke first. Later Trump left for Florida.');
    const e = entityOf(doc, mention(doc, 'Donald Trump')!);
    expect(e.name).toBe('Donald Trump');
    expect(e.titles).toEqual(['President']);
    expect(doc.mentions.some((m) => m.text.includes('President'))).toBe(false);
  });
});

describe('three-word names the tagger calls organizations', () => {
  it.each([
    ['Fullback Andre Joubert scored twice in the second half.', 'Andre Joubert'],
    ['Jordan Michael Pyke, of Halifax, is charged with theft.', 'Michael Pyke'],
  ])('%s', (text, name) => {
    const doc = entitiesOf(text);
    expect(entityOf(doc, mention(doc, name)!).type).toBe('person');
  });
});

describe('company names in business news', () => {
  it('a ticker in parentheses is no mention, and the short name joins the company', () => {
    const doc = entitiesOf(
      'Acme to cut 1,200 jobs\n\nBy Priya Nair\n\nSAN FRANCISCO, March 4 (Reuters) - Acme Robotics Inc (ACME.O) will cut about 1,200 jobs, the company said on Tuesday. Acme declined to comment.',
    );
    expect(doc.mentions.map((m) => m.text)).not.toContain('ACME');
    const acme = entityOf(doc, mention(doc, 'Acme Robotics Inc')!);
    expect(acme.type).toBe('organization');
    expect(doc.mentions.filter((m) => m.text === 'Acme').every((m) => m.entityId === acme.id)).toBe(true);
  });

  // A company's last word that no person's name ends on.
  it.each([
    ['Orlen Pharma said sales rose in the quarter.', 'Orlen Pharma'],
    ['Shares of Platte River Networks fell.', 'Platte River Networks'],
    ['Analysts at Harlow Ventures expect a rebound.', 'Harlow Ventures'],
  ])('%s → %s is an organization', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('organization');
  });
});

describe('a dateline place in capitals', () => {
  it('takes the type its usual form has in the document', () => {
    const doc = entitiesOf(
      'Man charged after break-in at Halifax pharmacy\n\nHALIFAX — A 34-year-old man has been charged after a break-in at a north-end pharmacy early Saturday, Halifax Regional Police say.\n\nThe store in Halifax was closed.',
    );
    const caps = mention(doc, 'HALIFAX')!;
    expect(entityOf(doc, caps).type).toBe('location');
    expect(entityOf(doc, caps).id).toBe(entityOf(doc, mention(doc, 'Halifax')!).id);
  });

  it.each<[string, string, string]>([
    ['BRUSSELS, Nov 24 (Reuters) - Ministers met on Monday.', 'BRUSSELS', 'Brussels'],
    ['FAIRVIEW HEIGHTS — The council met on Monday.', 'FAIRVIEW HEIGHTS', 'Fairview Heights'],
  ])('alone, it is named in the usual case: %s', (lead, caps, name) => {
    const doc = entitiesOf(`Ministers meet\n\n${lead}`);
    expect(entityOf(doc, mention(doc, caps)!).name).toBe(name);
  });
});

describe('family names written first', () => {
  it('a name the tagger calls MISC is a person when it opens with a common East Asian family name', () => {
    const doc = entitiesOf(
      'The firm was founded by Ren Zhengfei in 1987. The reclusive Ren rarely speaks to reporters.',
    );
    const e = entityOf(doc, mention(doc, 'Ren Zhengfei')!);
    expect(e.type).toBe('person');
    // The family name alone is that person too.
    expect(doc.mentions.filter((m) => m.entityId === e.id && m.text === 'Ren')).toHaveLength(1);
  });
  it.each(['The Song Dynasty ruled for three centuries.', 'The Long March ended in 1935.'])(
    'not a person: %s',
    (text) => {
      expect(entitiesOf(text).entities.filter((x) => x.type === 'person')).toEqual([]);
    },
  );
});

describe('titles between an organization and a name', () => {
  it('"Senate Majority Leader Mitch McConnell": the title is whole and off both names', () => {
    const doc = entitiesOf('The Senate voted on Friday. Senate Majority Leader Mitch McConnell spoke after the vote.');
    expect(doc.mentions.map((m) => m.text)).not.toContain('Senate Majority');
    expect(entityOf(doc, mention(doc, 'Mitch McConnell')!).titles).toEqual(['Majority Leader']);
  });
  it.each([
    ['National Security Adviser John Bolton said the talks had failed.', 'John Bolton', 'National Security Adviser'],
    ['Press Secretary Karine Jean-Pierre said the talks had failed.', 'Karine Jean-Pierre', 'Press Secretary'],
    ['Health Minister Uzoma Asagwara said the review had begun.', 'Uzoma Asagwara', 'Health Minister'],
    ['Chief Executive Officer Tim Cook said in May that sales rose.', 'Tim Cook', 'Chief Executive Officer'],
    ['Justice Neil Gorsuch wrote for the majority in the case.', 'Neil Gorsuch', 'Justice'],
    ['The member for the district, Hon. Abass Adigun, urged calm.', 'Abass Adigun', 'Hon.'],
  ])('"%s": a person with the whole title, no organization', (text, name, title) => {
    const doc = entitiesOf(text);
    const e = entityOf(doc, mention(doc, name)!);
    expect(e.type).toBe('person');
    expect(e.titles).toEqual([title]);
    expect(doc.entities.filter((x) => x.type === 'organization')).toEqual([]);
  });
});

describe('a place before "based"', () => {
  it('a name the tagger saw before "based" is the place, and the name after it the organization', () => {
    const doc = entitiesOf('Los Angeles based Northrop Grumman won the tanker contract on Friday.');
    expect(mention(doc, 'Los Angeles')?.type).toBe('location');
    expect(mention(doc, 'Northrop Grumman')?.type).toBe('organization');
  });

  it('the organization after a hyphenated "-based" modifier is no place', () => {
    expect(mention(entitiesOf('Seattle-based Amazon said sales rose.'), 'Amazon')?.type).toBe('organization');
  });

  it('a pronoun before the verb "based" is no place', () => {
    expect(entitiesOf('He based his case on the report.').mentions.filter((m) => m.form === 'name')).toEqual([]);
  });
});

describe('Arabic names with a patronymic particle', () => {
  it.each([
    ['Osama bin Laden was killed in 2011.', 'Osama bin Laden'],
    ['Saudi Energy Minister Prince Abdulaziz bin Salman told reporters the group could pause.', 'Abdulaziz bin Salman'],
    ['Emir Sheikh Tamim bin Hamad Al Thani visited Paris.', 'Tamim bin Hamad Al Thani'],
    ['Traders chairman Peter Njoroge wa Kariuki accused the county of failing to act.', 'Peter Njoroge wa Kariuki'],
  ])('%s → %s', (text, name) => {
    const doc = entitiesOf(text);
    const m = mention(doc, name);
    expect(m?.type).toBe('person');
    expect(doc.mentions.filter((x) => x.form === 'name' && x.type !== 'person' && x.type !== 'location')).toEqual([]);
  });

  it('keeps the demonym and the titles off the name', () => {
    const doc = entitiesOf('Saudi Crown Prince Mohammed bin Salman met the president on Monday.');
    expect(mention(doc, 'Mohammed bin Salman')?.type).toBe('person');
    expect(entityOf(doc, mention(doc, 'Mohammed bin Salman')!).titles).toContain('Crown Prince');
    expect(mention(doc, 'Saudi')?.form).toBe('demonym');
  });
});

describe('family-name particles, the Arabic article and hyphenated syllables', () => {
  it.each([
    ['Brazilian President Lula da Silva arrived in Beijing.', 'Lula da Silva'],
    ['Ursula von der Leyen said the bloc would respond.', 'Ursula von der Leyen'],
    ['The decision was welcomed by Abdel Fattah al-Sisi, who spoke in Cairo.', 'Abdel Fattah al-Sisi'],
    ['Officials close to Lee Jae-myung declined to comment.', 'Lee Jae-myung'],
    ['Moon Jae-in met Tsai Ing-wen in Seoul.', 'Tsai Ing-wen'],
    // A Cantonese family name before a hyphenated given name, though the tagger saw none of it.
    ['Transport chief Chan Hak-kan said the fares would rise.', 'Chan Hak-kan'],
    ['General Charles de Gaulle spoke from London.', 'Charles de Gaulle'],
    ['The letter was signed by Faisal al-Harbi, a shopkeeper.', 'Faisal al-Harbi'],
    // The tagger tags no part of these given names, or only the family name after the particle.
    ['Jan de Vries said rates would rise.', 'Jan de Vries'],
    ['Jan de Vries, an economist, said rates would rise.', 'Jan de Vries'],
    ['The plan was backed by Ursula von der Leyen on Monday.', 'Ursula von der Leyen'],
    ['Von der Leyen said the plan would pass.', 'Von der Leyen'],
    ['Van der Vaart scored twice.', 'Van der Vaart'],
    ['Karl-Theodor zu Guttenberg resigned in 2011.', 'Karl-Theodor zu Guttenberg'],
    ['Werner von Siemens founded the company.', 'Werner von Siemens'],
    ['Ajax coach Erik ten Hag said the team was tired.', 'Erik ten Hag'],
    ['The museum was designed, said de Gaulle.', 'de Gaulle'],
    // Filipino family names write the particle as one word.
    ['Rep. Arnel dela Paz said the dikes were unfinished.', 'Arnel dela Paz'],
    ['The contract went to Maria delos Reyes, a supplier in Cebu.', 'Maria delos Reyes'],
    ['Officials from Petron met Ana dela Rosa on Monday.', 'Ana dela Rosa'],
    // A family name of lower-case syllables glued by hyphens is one word.
    ['Prime Minister Prayut Chan-o-cha said the vote would go ahead.', 'Prayut Chan-o-cha'],
    ['The army chief, Prayut Chan-o-cha, took power.', 'Prayut Chan-o-cha'],
  ])('%s → %s', (text, name) => {
    const doc = entitiesOf(text);
    expect(mention(doc, name)?.type).toBe('person');
  });

  it('a one-word Filipino particle joins no body before it', () => {
    const doc = entitiesOf('Officials from Petron met Ana dela Rosa on Monday.');
    expect(mention(doc, 'Petron')?.type).not.toBe('person');
    expect(mention(doc, 'Petron met Ana dela Rosa')).toBeUndefined();
  });

  it.each([
    // Compound words glued by hyphens stay out of the name.
    ['Lena Holm met her mother-in-law on Monday.', 'Lena Holm'],
  ])('an English compound after a name is no syllable chain: %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('person');
  });

  it.each([
    ['Ngozi Okonjo-Iweala warned of a slowdown. Okonjo-Iweala said tariffs hurt.', 'Okonjo-Iweala'],
    ['Alexandria Ocasio-Cortez criticized the bill. Ocasio-Cortez said it was cruel.', 'Ocasio-Cortez'],
  ])('a hyphenated family name alone is the person named in full: %s', (text, short) => {
    const doc = entitiesOf(text);
    const m = doc.mentions.find((x) => x.text === short);
    expect(m?.type).toBe('person');
    expect(m?.entityId).toBe(doc.mentions[0]!.entityId);
  });

  it('a name the tagger called a body is the person its family name alone names', () => {
    const doc = entitiesOf(
      'Priyanka Chaturvedi said the bill would hurt farmers. Chaturvedi spoke in Mumbai on Monday.',
    );
    expect(mention(doc, 'Priyanka Chaturvedi')?.type).toBe('person');
    expect(mention(doc, 'Chaturvedi')?.entityId).toBe(mention(doc, 'Priyanka Chaturvedi')?.entityId);
  });

  it('initials are no shouting: one entity for "M.K. Stalin", joined by "Stalin"', () => {
    const doc = entitiesOf(
      'Chief Minister M.K. Stalin said the Centre had withheld funds. M.K. Stalin accused the BJP of bias. Stalin said the state would sue.',
    );
    const ids = new Set(doc.mentions.filter((m) => m.text.includes('Stalin')).map((m) => m.entityId));
    expect(ids.size).toBe(1);
    expect(mention(doc, 'M.K. Stalin')?.type).toBe('person');
  });

  it.each([
    ['U.S. Secretary of Energy Chris Wright said prices would fall.', 'Chris Wright', 'Secretary of Energy'],
    ['Union Minister of State L. Murugan said the scheme was working.', 'L. Murugan', 'Minister of State'],
    ['UN Secretary-General António Guterres said the war must end.', 'António Guterres', 'Secretary-General'],
    ['US Secretary of State Marco Rubio arrived in Riyadh on Monday.', 'Marco Rubio', 'Secretary of State'],
    ['Treasurer Daniel Mookhey said the budget was balanced.', 'Daniel Mookhey', 'Treasurer'],
    ['Opposition Leader Mark Speakman criticised the plan.', 'Mark Speakman', 'Opposition Leader'],
    // Portfolios joined by "and" or commas, and given names the lists lack.
    [
      'Minister of Mineral and Petroleum Resources Gwede Mantashe said the mines would reopen.',
      'Gwede Mantashe',
      'Minister of Mineral and Petroleum Resources',
    ],
    [
      'Minister of Trade, Industry and Competition Mzwandile Nkosi said exports rose.',
      'Mzwandile Nkosi',
      'Minister of Trade, Industry and Competition',
    ],
    [
      'Minister for Children, Equality and Disability Norma Foley said the scheme would expand.',
      'Norma Foley',
      'Minister for Children, Equality and Disability',
    ],
    ['The Minister of Energy and Water Ahmed Saleh toured the dam.', 'Ahmed Saleh', 'Minister of Energy and Water'],
  ])('an office with its portfolio or its hyphenated half is a title: %s', (text, name, title) => {
    const doc = entitiesOf(text);
    const m = mention(doc, name);
    expect(m?.type).toBe('person');
    expect(entityOf(doc, m!).titles).toContain(title);
  });

  it.each([
    ['Staff at the Minister of Health and Welfare Press Office left early.', 'Press Office'],
    ['The Minister of Energy and Water Delegation met on Monday.', 'Water Delegation'],
    ['Aides to the Minister of Trade and Industry Marketing Board met.', 'Marketing Board'],
  ])('a body named after an office is no person: %s', (text, words) => {
    const doc = entitiesOf(text);
    expect(doc.mentions.filter((m) => m.type === 'person' && m.text.includes(words))).toEqual([]);
  });

  it.each([
    ['Luigi Di Maio said the coalition would hold. Di Maio added that talks continue.', 'Di Maio'],
    ['Ignazio La Russa said the senate would vote. La Russa spoke in Rome.', 'La Russa'],
  ])('a family name with a capitalized particle alone is the person named in full: %s', (text, short) => {
    const doc = entitiesOf(text);
    const m = doc.mentions.find((x) => x.text === short);
    expect(m?.type).toBe('person');
    expect(m?.entityId).toBe(doc.mentions[0]!.entityId);
  });

  it.each([
    ['Netanyahu said the war would continue.', 'Netanyahu'],
    ['Talks between Putin and Zelensky stalled, and Erdogan offered to mediate.', 'Erdogan'],
    ['Talks between Putin and Zelensky stalled, and Erdogan offered to mediate.', 'Zelensky'],
  ])('a public figure named by family name alone is a person: %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('person');
  });

  it('a public figure’s given name the tagger left out joins the rest of the name', () => {
    const doc = entitiesOf('Marine Le Pen said the government would fall. Le Pen spoke in Paris.');
    const full = mention(doc, 'Marine Le Pen');
    expect(full?.type).toBe('person');
    expect(doc.mentions.find((m) => m.text === 'Le Pen')?.entityId).toBe(full?.entityId);
  });

  it.each([
    ['Apple unveiled a new iPhone on Tuesday.', 'Apple'],
    ['Amazon and Meta were fined by regulators.', 'Amazon'],
    ['Amazon and Meta were fined by regulators.', 'Meta'],
    ['Shell reported higher profits.', 'Shell'],
    ['Airbus delivered 60 jets in October.', 'Airbus'],
    ["Investors cheered Target's results.", 'Target'],
    ['The fund sold its stake in Nvidia last year.', 'Nvidia'],
  ])('a known company without a legal form is an organization: %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('organization');
  });

  it.each([
    ['Fires are burning across the Amazon rainforest.', 'Amazon'],
    ['Shell casings were found at the scene.', 'Shell'],
    ['The hijackers of the Airbus 310 released ten passengers.', 'Airbus'],
    ['Marcus Gronholm (Finland) Toyota Celica 2:42', 'Toyota'],
    ['Archers aim at the Target from fifty metres.', 'Target'],
  ])('a known company’s name used for a thing, a place or a product is no company: %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).not.toBe('organization');
  });

  it('an author’s name in capitals in the byline is one person', () => {
    const doc = entitiesOf(
      'Farmers brace for cuts\n\nBy DELIA MARQUEZ and RYAN STOLTZ Associated Press\n\nFarmers are worried.',
    );
    expect(mention(doc, 'DELIA MARQUEZ')?.type).toBe('person');
    expect(mention(doc, 'RYAN STOLTZ')?.type).toBe('person');
  });

  it.each([
    [
      'Hedge funds raised their bets, according to the Commodity Futures Trading Commission.',
      'Commodity Futures Trading Commission',
    ],
    ['On Wednesday the Federal Open Market Committee voted to hold rates.', 'Federal Open Market Committee'],
    [
      'John Entsminger, general manager of the Southern Nevada Water Authority, spoke first.',
      'Southern Nevada Water Authority',
    ],
    ['Crews from the Fire and Rescue Service were called at 21:47.', 'Fire and Rescue Service'],
  ])('a run of capitalized words ending in an organization head is one organization: %s', (text, name) => {
    const doc = entitiesOf(`Agencies weigh in\n\n${text}`);
    expect(doc.mentions.filter((m) => m.form === 'name').map((m) => [m.text, m.type])).toContainEqual([
      name,
      'organization',
    ]);
  });

  it.each([
    ['The vote in the House and Senate is close.', 'House'],
    ['The Russian Interior Ministry said so.', 'Russian'],
    ['Talks on the West Bank stalled.', 'West Bank'],
  ])('a run ending in a head keeps the names before it apart: %s', (text, name) => {
    const doc = entitiesOf(`Agencies weigh in\n\n${text}`);
    expect(doc.mentions.some((m) => m.text === name)).toBe(true);
  });

  it('a title inside an office’s name leaves no person behind', () => {
    const doc = entitiesOf('The UN High Commissioner for Refugees, Filippo Grandi, said the camps were full.');
    expect(doc.mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Filippo Grandi']);
  });

  it('a title-case headline’s reading of a name gives way to the body’s', () => {
    const doc = entitiesOf(
      'Chelsea Beat Arsenal in London Derby\n\nChelsea beat Arsenal 3-1 on Sunday. Chelsea manager Enzo Maresca praised his players.',
    );
    expect(doc.mentions.filter((m) => m.text === 'Chelsea').map((m) => m.type)).toEqual([
      'organization',
      'organization',
      'organization',
    ]);
  });

  it.each([
    ['SAN FRANCISCO — Apple unveiled a redesigned iPhone on Thursday, sending its shares up.', 'SAN FRANCISCO'],
    ['LOS ANGELES, Nov. 20 — The studio said it would close.', 'LOS ANGELES'],
    ['FAIRVIEW HEIGHTS — Two people were hurt in a crash on Monday, police said.', 'FAIRVIEW HEIGHTS'],
    ['HARLOW — The hospital will close its ward next year, officials said.', 'HARLOW'],
  ])('the place in capitals opening a dateline is a location: %s', (line, place) => {
    const doc = entitiesOf(`Phones and films\n\n${line}`);
    expect(mention(doc, place)?.type).toBe('location');
    expect(doc.mentions.find((m) => m.text === 'its')?.entityId).not.toBe(mention(doc, place)?.entityId);
  });

  it.each([
    "EDITOR'S NOTE — This story is part of a series on the housing crisis.",
    'UPDATE — The road has reopened, police said.',
    'NATO — The alliance met on Monday.',
  ])('everyday words or a short acronym before a long dash are no place: %s', (line) => {
    const doc = entitiesOf(`Housing series\n\n${line}`);
    expect(doc.mentions.filter((m) => m.rule === 'entities/dateline-place')).toEqual([]);
  });

  it('a newspaper’s name opening a press-digest item stays a body', () => {
    const doc = entitiesOf('Press digest\n\nHAARETZ - Palestinian President Arafat opens the session.');
    expect(mention(doc, 'HAARETZ')?.type).not.toBe('location');
  });

  it.each([
    [
      'The neighbor alerted Town Supervisor Alan Crowley. Crowley said the damage was severe.',
      'Alan Crowley',
      'Town Supervisor',
    ],
    ['Police Chief Maria Ortiz said the road was closed.', 'Maria Ortiz', 'Police Chief'],
    ['FAA Administrator Karen Whitfield said the rules would change.', 'Karen Whitfield', 'Administrator'],
    ['Battalion Chief Tom Reyes said two firefighters were hurt.', 'Tom Reyes', 'Battalion Chief'],
    ['Business Secretary Jonathan Reynolds said the deal was good.', 'Jonathan Reynolds', 'Business Secretary'],
  ])('a local office before a name is a title: %s', (text, name, title) => {
    const doc = entitiesOf(`Damage report\n\n${text}`);
    const m = mention(doc, name);
    expect(m?.type).toBe('person');
    expect(entityOf(doc, m!).titles).toContain(title);
  });

  it('a known place the tagger took for a person is that place, not a body named after it', () => {
    const doc = entitiesOf(
      'Water cuts\n\n"Arizona will not be the only one to sacrifice," she said. A researcher at Arizona State University agreed.',
    );
    expect(mention(doc, 'Arizona')?.type).toBe('location');
    expect(mention(doc, 'Arizona')?.entityId).not.toBe(mention(doc, 'Arizona State University')?.entityId);
  });

  it('a public figure’s name inside a longer name is that name', () => {
    const doc = entitiesOf('Protesters gathered outside Trump Tower on Sunday.');
    expect(doc.mentions.find((m) => m.text === 'Trump')).toBeUndefined();
  });

  it.each([
    ['DTEK, Ukraine’s largest private energy company, said the plant was hit.', 'DTEK'],
    ['Analysts at Bernstein said the deal was fair.', 'Bernstein'],
    ['Economists at Nomura expect rates to rise.', 'Nomura'],
    ['Danish shipping group A.P. Moller-Maersk warned of delays.', 'A.P. Moller-Maersk'],
    ['The hedge fund D.E. Harlow & Co. said it would close.', 'D.E. Harlow'],
  ])('a name the text calls a body is an organization: %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('organization');
  });

  it.each([
    ['The insurer Thierry Dehaan was questioned.', 'Thierry Dehaan'],
    ['A union Sarah Collins once led went on strike.', 'Sarah Collins'],
  ])('a body noun before a given name leaves a person a person: %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('person');
  });

  it('an appositive with another head leaves a place a place', () => {
    expect(mention(entitiesOf('Nairobi, the Kenyan capital, hosted the summit.'), 'Nairobi')?.type).toBe('location');
  });

  it.each([
    ['Gangs blocked roads in Port-au-Prince on Monday.', 'Port-au-Prince'],
    ['She grew up in Stratford-upon-Avon.', 'Stratford-upon-Avon'],
  ])('a hyphenated place with a lower-case particle is one place: %s', (text, place) => {
    expect(mention(entitiesOf(text), place)?.type).toBe('location');
  });

  it('a name the tagger ended one word short of a known place runs on over it', () => {
    const doc = entitiesOf('The City of Cape Town said water restrictions would end.');
    expect(mention(doc, 'City of Cape Town')).toBeDefined();
  });

  it('a legal form after a comma is the company’s name, and the name without it the same company', () => {
    const doc = entitiesOf(
      'Halvorsen Robotics, Inc. today announced a new round. Halvorsen Robotics has deployed 1,200 arms.',
    );
    const full = mention(doc, 'Halvorsen Robotics, Inc.');
    expect(full?.type).toBe('organization');
    expect(doc.mentions.find((m) => m.text === 'Halvorsen Robotics')?.entityId).toBe(full?.entityId);
    expect(doc.entities).toHaveLength(1);
  });

  it('an abbreviation with the sentence’s full stop is the same name', () => {
    const doc = entitiesOf('Acme Corp raised $85 million on Monday. The money will go to Acme Corp.');
    expect(doc.entities).toHaveLength(1);
  });

  it('a feast whose date moves is no name', () => {
    expect(entitiesOf('Families gathered for Lunar New Year on Sunday.').mentions).toEqual([]);
  });

  it('Malaysian honorifics are titles, not names', () => {
    const doc = entitiesOf(
      'Datuk Seri Anwar Ibrahim said the budget was fair. Anwar added that subsidies would be cut.',
    );
    const e = entityOf(doc, mention(doc, 'Anwar Ibrahim')!);
    expect(e.name).toBe('Anwar Ibrahim');
    expect(e.titles).toContain('Datuk Seri');
  });

  it.each([
    ['The Banco de Portugal raised rates.', 'Portugal'],
    ['Students at the Universidad de Chile protested on Monday.', 'Chile'],
  ])('a particle after no person joins nothing: %s', (text, part) => {
    const doc = entitiesOf(text);
    expect(doc.mentions.some((m) => m.text.includes(part))).toBe(true);
    expect(doc.mentions.filter((m) => m.type === 'person')).toEqual([]);
  });
});

describe('time stamps', () => {
  it.each([
    'Updated 11:42 AM EST, Sun November 22, 2026\n\nFunding runs out at 11:59 p.m. ET Friday.',
    'TNN | Nov 19, 2026, 21:45 IST\n\nThe funds were withheld.',
  ])('zones, weekdays and months are no names: %s', (body) => {
    expect(entitiesOf(`Shutdown looms\n\n${body}`).mentions).toEqual([]);
  });
});

describe('short forms that are another thing', () => {
  it('a place is not the body named after it', () => {
    const doc = entitiesOf(
      'Prison claim\n\nOregon released about 480 people early. A report by the Oregon Department of Corrections listed 8,112 releases.',
    );
    const oregon = mention(doc, 'Oregon');
    const body = mention(doc, 'Oregon Department of Corrections');
    expect(body).toBeDefined();
    expect(oregon?.entityId).not.toBe(body?.entityId);
  });

  it('a generic head word alone is not the body it heads', () => {
    const doc = entitiesOf(
      'Funds row\n\nKejriwal accused the Centre of withholding funds. Sanjay Kumar is a professor at the Centre for the Study of Developing Societies.',
    );
    const centre = doc.mentions.find((m) => m.text === 'Centre');
    const body = mention(doc, 'Centre for the Study of Developing Societies');
    expect(body).toBeDefined();
    expect(centre?.entityId).not.toBe(body?.entityId);
  });
});

describe('companies whose shares trade', () => {
  it.each([
    ['Tesla falls\n\nShares of Tesla fell after the company said deliveries dropped.', 'Tesla'],
    ['Markets\n\nInvestors dumped Vireo shares on Monday.', 'Vireo'],
    ['Markets\n\nThe fund bought a stake in Vireo last year.', 'Vireo'],
  ])('%s', (text, name) => {
    const doc = entitiesOf(text);
    expect(doc.entities.filter((e) => e.name === name).map((e) => e.type)).toEqual(['organization']);
  });

  it('a market named after its place stays a place', () => {
    expect(mention(entitiesOf('London shares rose on Monday as banks gained.'), 'London')?.type).toBe('location');
  });
});

describe('a demonym after a capitalized "The"', () => {
  it('modifying a common noun is the country, not a newspaper', () => {
    const doc = entitiesOf(
      'Reef talks\n\nQ: The Australian government says it has committed A$1.2 billion. Is that enough?',
    );
    expect(doc.mentions.find((m) => m.text === 'Australian')?.form).toBe('demonym');
    expect(doc.entities.filter((e) => e.type === 'organization')).toEqual([]);
  });
});

describe('the Arabic article in a family name', () => {
  it('a later "Al-Zindani" is the same person as "Shaya al-Zindani"', () => {
    const doc = entitiesOf(
      'Talks resume\n\nForeign Minister Shaya al-Zindani spoke on Thursday. Al-Zindani said the government was ready.',
    );
    const full = mention(doc, 'Shaya al-Zindani');
    const short = mention(doc, 'Al-Zindani');
    expect(full?.type).toBe('person');
    expect(short?.entityId).toBe(full?.entityId);
  });
});

describe('given names from outside the English lists', () => {
  it.each([
    ['Giorgia Meloni said on Monday that the talks had failed.', 'Giorgia Meloni'],
    ['Officials close to Elon Musk declined to comment on the report.', 'Elon Musk'],
    ['Kwame Mensah, a farmer in Kumasi, said prices had doubled.', 'Kwame Mensah'],
    ['In a statement, Mette Frederiksen called the vote a disgrace.', 'Mette Frederiksen'],
  ])('%s → %s', (text, name) => {
    expect(mention(entitiesOf(`Talks end\n\n${text}`), name)?.type).toBe('person');
  });
});

describe('two people joined by "and"', () => {
  it('splits a span holding two full names', () => {
    const doc = entitiesOf(
      'Clinton and Trump battle for Ohio\n\nBoth Democrat Hillary Clinton and Republican Donald Trump are contesting Ohio.',
    );
    expect(mention(doc, 'Hillary Clinton')?.type).toBe('person');
    expect(mention(doc, 'Donald Trump')?.type).toBe('person');
    expect(doc.mentions.some((m) => m.text.includes(' and '))).toBe(false);
  });

  it.each([
    [
      'Arsenal twice led through Bukayo Saka and Gabriel Martinelli before the break.',
      'Bukayo Saka',
      'Gabriel Martinelli',
    ],
    ['The plan was backed by Rand Paul and John Kasich on Tuesday.', 'Rand Paul', 'John Kasich'],
  ])('splits two names when one has a known first name and the other is shaped like one: %s', (text, a, b) => {
    const doc = entitiesOf(text);
    expect(mention(doc, a)?.type).toBe('person');
    expect(mention(doc, b)?.type).toBe('person');
  });

  it.each(['Ernst and Young Global', 'Marks and Spencer Group', 'Simon and Schuster'])(
    'keeps a firm with one word per founder whole: %s',
    (name) => {
      const doc = entitiesOf(`Shares of ${name} rose after the report was published on Monday.`);
      expect(doc.mentions.some((m) => m.rule === 'entities/split:coordinated')).toBe(false);
    },
  );

  it.each(['Procter and Gamble', 'the Bill and Melinda Gates Foundation'])(
    'keeps a firm named after founders: %s',
    (name) => {
      const doc = entitiesOf(`Shares of ${name} rose after the report was published on Monday.`);
      expect(doc.mentions.filter((m) => m.type === 'person' && m.text.includes('and'))).toEqual([]);
    },
  );
});

describe('journalists in a credit line', () => {
  it('a name after "by" or its "and" in a credit is a person', () => {
    const doc = entitiesOf(
      'Oil rises\n\nOil prices rose on Monday.\n\n' +
        '(Reporting by Anna Hirtenstein in London and Arathy Somasekhar in Houston; Editing by Jan Harvey)',
    );
    for (const name of ['Anna Hirtenstein', 'Arathy Somasekhar', 'Jan Harvey']) {
      expect(mention(doc, name)?.type, name).toBe('person');
    }
    expect(mention(doc, 'Houston')?.type).toBe('location');
  });

  it.each(['Additional', 'Further'])('"%s reporting by" opens a credit, no name', (opener) => {
    const doc = entitiesOf(
      'Oil rises\n\nOil prices rose on Monday.\n\n' +
        `(Reporting by Anna Hirtenstein; ${opener} reporting by Omar Haddad in Cairo; Editing by Jan Harvey)`,
    );
    expect(mention(doc, opener)).toBeUndefined();
    expect(mention(doc, 'Omar Haddad')?.type).toBe('person');
  });
});

describe('hyphenated company names', () => {
  it.each([
    ['Coca-Cola said it would raise prices.', 'Coca-Cola'],
    ['Hewlett-Packard said it would cut jobs.', 'Hewlett-Packard'],
    ['Anheuser-Busch InBev said it would cut jobs.', 'Anheuser-Busch InBev'],
    ['Rolls-Royce Holdings said profits rose.', 'Rolls-Royce Holdings'],
  ])('the part before the hyphen is part of the name: %s', (text, name) => {
    const doc = entitiesOf(text);
    expect(mention(doc, name)?.type).toBe('organization');
    expect(doc.mentions.filter((m) => m.form === 'name')).toHaveLength(1);
  });

  it.each([
    ['Anti-Trump protesters marched in Boston on Sunday.', 'Trump'],
    ['Funds came from Freedom-America donors.', 'America'],
  ])('a prefix or a country glued on makes no longer name: %s', (text, name) => {
    const doc = entitiesOf(text);
    expect(doc.mentions.some((m) => m.text.includes('-') && m.text.endsWith(name))).toBe(false);
  });

  it('the outer part alone is the same company', () => {
    const doc = entitiesOf('Shipping group A.P. Moller-Maersk cut its forecast. Maersk shares fell 4%.');
    expect(mention(doc, 'Maersk')?.entityId).toBe(mention(doc, 'A.P. Moller-Maersk')?.entityId);
  });

  it('a compound of two companies does not swallow either', () => {
    const doc = entitiesOf('The Microsoft-LinkedIn deal closed. Microsoft said it was pleased. LinkedIn agreed.');
    expect(mention(doc, 'Microsoft')?.entityId).not.toBe(mention(doc, 'LinkedIn')?.entityId);
    expect(entitiesOf('The Microsoft-LinkedIn deal closed.').entities.length).toBeGreaterThan(0);
  });
});

describe('double-barrelled names', () => {
  it('the family name alone is the same person', () => {
    const doc = entitiesOf('Darren Stokes-Maddox fled to Spain. Stokes-Maddox has not been seen since.');
    const full = mention(doc, 'Darren Stokes-Maddox');
    expect(mention(doc, 'Stokes-Maddox')?.entityId).toBe(full?.entityId);
  });

  it.each([
    ['Professor Ellen Mbeki-Carr said the result was a surprise.', 'Ellen Mbeki-Carr'],
    ['Lismore mayor Steve Krieg-Ellison said the council had begun planning.', 'Steve Krieg-Ellison'],
  ])('%s → %s', (text, name) => {
    const doc = entitiesOf(text);
    expect(mention(doc, name)?.type).toBe('person');
    const parts = name.split(/[ -]/).slice(-1);
    expect(doc.mentions.filter((m) => m.text === parts[0])).toEqual([]);
  });
});

describe('names written in capitals', () => {
  it('a person named only in capitals gets the usual case as the entity name; an acronym stays', () => {
    const doc = entitiesOf('By MARIA GONZALEZ\n\nSACRAMENTO — JEAN-PAUL O’NEILL of NATO said the bill passed.');
    const names = doc.entities.map((e) => e.name);
    expect(names).toContain('Maria Gonzalez');
    expect(names).toContain('Jean-Paul O’Neill');
    expect(names).toContain('NATO');
    expect(mention(doc, 'MARIA GONZALEZ')?.text).toBe('MARIA GONZALEZ');
  });
});

describe('letters after a name', () => {
  it('are the person’s titles, not an organization', () => {
    const doc = entitiesOf('Prosecutor Nicholas Achterberg KC said the defendant had lied.');
    const m = mention(doc, 'Nicholas Achterberg');
    expect(m?.type).toBe('person');
    expect(entityOf(doc, m!).titles).toContain('KC');
    expect(mention(doc, 'KC')).toBeUndefined();
  });
});

describe('a party word before a name', () => {
  it('is the person’s affiliation, not an organization swallowing the name', () => {
    const doc = entitiesOf('The Conservative Peter Vane-Tempest was a distant third.');
    expect(mention(doc, 'Peter Vane-Tempest')?.type).toBe('person');
  });
});

describe('a role noun opening a sentence before a name', () => {
  it.each([
    ['Substitute Femi Okonkwo lifted Ashby out of the relegation places.', 'Femi Okonkwo'],
    ['Farmer Graham Smith lost his herd in the flood.', 'Graham Smith'],
  ])('%s → %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('person');
  });

  it('a name that merely starts with a role-like word stays whole', () => {
    expect(mention(entitiesOf('Queens Park Rangers won at home.'), 'Queens Park Rangers')?.type).toBe('organization');
  });
});

describe('a role word before a name that modifies a body noun', () => {
  it.each([
    ['The talks were reported by the official Antara news agency on Monday.', 'Antara', 'organization'],
    ['Xi spoke, according to the official Xinhua news agency.', 'Xinhua', 'organization'],
  ])('%s → %s (%s)', (text, name, type) => {
    expect(mention(entitiesOf(text), name)?.type).toBe(type);
  });

  // Negative row: a role word before a name and a verb is the person's post.
  it('"official Mona Reyes said" is a person', () => {
    expect(mention(entitiesOf('Election official Mona Reyes said the count was over.'), 'Mona Reyes')?.type).toBe(
      'person',
    );
  });
});

describe('a name after a body noun', () => {
  it('"the journal Nature Geoscience" is an organization', () => {
    const doc = entitiesOf('The study was published in the journal Nature Geoscience on Wednesday.');
    expect(mention(doc, 'Nature Geoscience')?.type).toBe('organization');
  });
});

describe('a journal after "published in"', () => {
  it.each([
    [
      'Corals recover\n\nThe study, published in Nature on Wednesday, found that corals were recovering.',
      'Nature',
      'organization',
    ],
    ['Corals recover\n\nThe findings, which appeared in Science, were disputed.', 'Science', 'organization'],
    ['Corals recover\n\nThe book was first published in London in 1851.', 'London', 'location'],
  ])('%s: %s is an %s', (text, name, type) => {
    expect(mention(entitiesOf(text), name)?.type).toBe(type);
  });
});

describe('Scandinavian and German one-word names of hospitals and institutes', () => {
  it.each([
    ['Doctors at Rigshospitalet in Copenhagen said the patient was stable.', 'Rigshospitalet', 'organization'],
    ['Researchers at Haukeland Universitetssykehus agreed.', 'Haukeland Universitetssykehus', 'organization'],
    ['Doctors in Copenhagen said the patient was stable.', 'Copenhagen', 'location'],
  ])('%s: %s is an %s', (text, name, type) => {
    expect(mention(entitiesOf(`Patient stable\n\n${text}`), name)?.type).toBe(type);
  });
});

describe('post-nominals in brackets and adjectives for peoples', () => {
  it.each([
    ['Counsel to the agency, Kemi Adeyemi (SAN), told the court the funds moved.', 'SAN'],
    ['The minister had never asked Indigenous people what they wanted.', 'Indigenous'],
  ])('make no name: %s', (text, word) => {
    expect(mention(entitiesOf(`Trial opens\n\n${text}`), word)).toBeUndefined();
  });

  it('a body named with the adjective stays a name', () => {
    const doc = entitiesOf('Trial opens\n\nIndigenous Services Canada said it would help.');
    expect(mention(doc, 'Indigenous Services Canada')?.type).toBe('organization');
  });
});

describe('chiefs of First Nations', () => {
  it.each([
    [
      'National Chief Cindy Woodhouse Nepinak said Ottawa had a duty to consult. The National Assembly met later.',
      'Cindy Woodhouse Nepinak',
      'National Chief',
    ],
  ])('the title stays off the name and joins no body: %s', (text, name, title) => {
    const doc = entitiesOf(`Chiefs meet\n\n${text}`);
    const m = mention(doc, name);
    expect(m?.type).toBe('person');
    expect(doc.entities.find((e) => e.id === m?.entityId)?.titles).toContain(title);
    expect(doc.mentions.some((x) => x.text === 'National')).toBe(false);
  });
});

describe('a place named for its gardens', () => {
  it('"Kensington Palace Gardens" is one place', () => {
    const doc = entitiesOf('Prices rise\n\nThe house on Kensington Palace Gardens was sold for 120 million pounds.');
    expect(mention(doc, 'Kensington Palace Gardens')?.type).toBe('location');
  });
});

describe('a first name between a title and a name', () => {
  it.each([
    ['Professor Will Hutton said the economy was weak.', 'Will Hutton'],
    ['Dr May Lin spoke at the meeting.', 'May Lin'],
  ])('%s → %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('person');
  });
});

describe('a person after a title that the tagger cut short', () => {
  it('"Apple CEO Tim" + "Cook" is Tim Cook', () => {
    const doc = entitiesOf('Apple CEO Tim Cook spoke at the launch on Monday.');
    expect(mention(doc, 'Tim Cook')?.type).toBe('person');
    expect(mention(doc, 'Apple')?.type).toBe('organization');
  });
});

describe('a portfolio before a minister’s title', () => {
  it('is part of the title, not an organization', () => {
    const doc = entitiesOf('Union Agriculture Minister Ramesh Yadav said prices would rise.');
    expect(mention(doc, 'Ramesh Yadav')?.type).toBe('person');
    expect(doc.mentions.filter((m) => m.type === 'organization')).toEqual([]);
  });
});

describe('titles before and around names', () => {
  it.each<[string, string, EntityType, string | undefined]>([
    ['County Clerk Howard Brandt said the ballots were counted.', 'Howard Brandt', 'person', 'County Clerk'],
    ['Chinese Vice Premier Ding Xuexiang met the delegation.', 'Ding Xuexiang', 'person', 'Vice Premier'],
    ['Libertarian Sam Okonkwo won 3 percent of the vote.', 'Sam Okonkwo', 'person', 'Libertarian'],
    ['Japanese Defense Minister Gen Nakatani visited the base.', 'Gen Nakatani', 'person', 'Defense Minister'],
    [
      'Iraqi Water Resources Minister Aoun Diab Abdullah said the dam was safe.',
      'Aoun Diab Abdullah',
      'person',
      'Water Resources Minister',
    ],
    ["The county's State's Attorney Jim Gomric filed charges.", 'Jim Gomric', 'person', "State's Attorney"],
    // A county office: the unit word ends the place and opens the title.
    [
      'Former Harlan County Treasurer Lisa Marie Dobbs was convicted.',
      'Lisa Marie Dobbs',
      'person',
      'County Treasurer',
    ],
    ['Former Harlan County Treasurer Lisa Marie Dobbs was convicted.', 'Harlan County', 'location', undefined],
    [
      'Boone County Judge-Executive Dan Mosley said the bridge was closed.',
      'Dan Mosley',
      'person',
      'County Judge-Executive',
    ],
    ['Cook County Assessor Fritz Kaegi said the rates rose.', 'Fritz Kaegi', 'person', 'Assessor'],
    ['Franklin County Prosecutor Gary Tate said investigators found more.', 'Gary Tate', 'person', 'County Prosecutor'],
    ['Maricopa County Recorder Helen Purcell apologized.', 'Maricopa County', 'location', undefined],
    // A councillor's abbreviated title and a family name alone, tagged as one body.
    ['Flood\n\n"We had families at risk," Cr McDonald said.', 'McDonald', 'person', 'Cr'],
    ['State Treasurer Jane Okafor said the fund was solvent.', 'Jane Okafor', 'person', 'State Treasurer'],
    [
      "The Harlan County Treasurer's Office mailed the bills.",
      "Harlan County Treasurer's Office",
      'organization',
      undefined,
    ],
    ['Kemi Badenoch, the Conservative leader, spoke in London.', 'Conservative', 'organization', undefined],
    // Negative rows: a party word that is a given name, and a stacked rank with its full stops, stay as they were.
    ['Tory Burch opened a store in Paris.', 'Tory Burch', 'person', undefined],
    ['Gen. Mark Milley said the army was ready.', 'Mark Milley', 'person', 'Gen.'],
  ])('%s → %s', (text, surface, type, title) => {
    const doc = entitiesOf(text);
    const m = mention(doc, surface);
    expect(m, surface).toBeDefined();
    expect(m!.type).toBe(type);
    if (title) expect(entityOf(doc, m!).titles).toContain(title);
  });

  it.each<[string, string]>([
    ['Micheál Martin, the Taoiseach, said the government would act.', 'Taoiseach'],
    ['Iraqi Water Resources Minister Aoun Diab Abdullah said the dam was safe.', 'Iraqi Water Resources'],
    ['County Clerk Howard Brandt said the ballots were counted.', 'Clerk Howard Brandt'],
  ])('%s: no mention %s', (text, surface) => {
    expect(entitiesOf(text).mentions.filter((m) => m.text === surface)).toEqual([]);
  });
});

describe('"\'s" inside a name', () => {
  it.each<[string, string, EntityType]>([
    ["The National People's Congress approved the plan on Monday.", "National People's Congress", 'organization'],
    ["The People's Bank of China cut rates on Monday.", "People's Bank of China", 'organization'],
    ["She was taken to St Mary's Hospital in London.", "St Mary's Hospital", 'organization'],
    [
      "Doctors at Children's Hospital of Philadelphia treated the boy.",
      "Children's Hospital of Philadelphia",
      'organization',
    ],
    ["Boston Children's Hospital treated the boy.", "Boston Children's Hospital", 'organization'],
    ["McDonald's said sales rose in the quarter.", "McDonald's", 'organization'],
    ['Shares of McDonald\u2019s rose on Monday.', 'McDonald\u2019s', 'organization'],
    // A plural's apostrophe and a body's head word the tagger left untagged.
    ["He appeared at Westminster Magistrates' Court on Monday.", "Westminster Magistrates' Court", 'organization'],
    ['The case went to Leeds Magistrates\u2019 Court in May.', 'Leeds Magistrates\u2019 Court', 'organization'],
    // An office noun tagged alone after a title's possessive is the office's whole name.
    [
      "Row\n\nA spokesperson for the Prime Minister's Office said the file was closed.",
      "Prime Minister's Office",
      'organization',
    ],
    // A school is a body, whatever name opens it; a zone is a place.
    [
      'Professor Tan of the Lee Kuan Yew School of Public Policy said trust had grown.',
      'Lee Kuan Yew School of Public Policy',
      'organization',
    ],
    ['The shooting at Sandy Hook Elementary School shocked the town.', 'Sandy Hook Elementary School', 'organization'],
  ])('%s → %s (%s)', (text, surface, type) => {
    const m = mention(entitiesOf(text), surface);
    expect(m, surface).toBeDefined();
    expect(m!.type).toBe(type);
  });

  // Negative rows: a person's or a place's possessive owns the name after it; it is no part of it.
  it.each<[string, string]>([
    ["Trump's White House said the plan would pass.", "Trump's White House"],
    ["London's Metropolitan Police said the man was arrested.", "London's Metropolitan Police"],
    ["Mr. McDonald's office was closed.", "McDonald's"],
    ["The People's vote was close, the People's Party said.", "People's vote"],
    // Not a body's head word after the apostrophe: the plural owns it.
    ["The Chicago Cubs' Manager spoke on Monday.", "Chicago Cubs' Manager"],
  ])('%s: no mention %s', (text, surface) => {
    expect(entitiesOf(text).mentions.filter((m) => m.text === surface)).toEqual([]);
  });
});

describe('particles that open no person (negative cases)', () => {
  it.each<[string, string, EntityType]>([
    ['Banco de Portugal said rates would rise.', 'Banco de Portugal', 'organization'],
    ['She visited Rio de Janeiro in May.', 'Rio de Janeiro', 'location'],
  ])('%s → %s (%s)', (text, surface, type) => {
    expect(mention(entitiesOf(text), surface)?.type).toBe(type);
  });

  it.each<[string, string]>([
    ['In March de Gaulle flew to London.', 'March de Gaulle'],
    ['Werner von Siemens founded the company.', 'Siemens'],
  ])('%s: no mention %s', (text, surface) => {
    expect(entitiesOf(text).mentions.filter((m) => m.text === surface)).toEqual([]);
  });
});

describe('a titled single name and its bare form', () => {
  it.each<[string, string]>([
    ['Prince Harry arrived in London. Harry said he was happy.', 'Harry'],
    ['Lord Mandelson spoke on Monday. Mandelson said the deal was done.', 'Mandelson'],
    ['Sheikh Tamim arrived in Doha. Tamim said he was happy.', 'Tamim'],
    ['Harry arrived in London. Later Prince Harry said he was happy.', 'Harry'],
  ])('%s: every %s is one person', (text, name) => {
    const doc = entitiesOf(text);
    const ms = doc.mentions.filter((m) => m.text === name);
    expect(ms.length).toBe(2);
    expect(ms[0]!.entityId).toBe(ms[1]!.entityId);
  });

  it('a bare name does not join one of two spouses told apart by their titles (negative case)', () => {
    const doc = entitiesOf('Mr. Lee spoke first. Ms. Lee spoke next. Lee left early.');
    const ms = doc.mentions.filter((m) => m.text === 'Lee');
    expect(ms.length).toBe(3);
    expect(ms[0]!.entityId).not.toBe(ms[1]!.entityId);
    expect(ms[2]!.entityId).not.toBe(ms[0]!.entityId);
    expect(ms[2]!.entityId).not.toBe(ms[1]!.entityId);
  });
});

describe('short forms of names with two family names', () => {
  it.each<[string, string, string]>([
    [
      'Alberto Núñez Feijóo leads the party. Núñez Feijóo said the vote was a fraud.',
      'Núñez Feijóo',
      'Alberto Núñez Feijóo',
    ],
    [
      'Andrés Manuel López Obrador spoke on Monday. López Obrador said the plan would work.',
      'López Obrador',
      'Andrés Manuel López Obrador',
    ],
  ])('%s → %s, the same person', (text, short, full) => {
    const doc = entitiesOf(text);
    const m = mention(doc, short);
    expect(m?.type).toBe('person');
    expect(m?.entityId).toBe(mention(doc, full)?.entityId);
  });

  it.each<[string, string]>([
    ['Andrés Manuel López Obrador spoke on Monday. López Obrador said the plan would work.', 'Obrador'],
    ['Alberto Núñez Feijóo leads the party. Núñez Feijóo said the vote was a fraud.', 'Núñez'],
  ])('%s: no mention %s alone', (text, surface) => {
    expect(entitiesOf(text).mentions.filter((m) => m.text === surface)).toEqual([]);
  });

  it('a family name before another name runs on over nothing (negative case)', () => {
    const doc = entitiesOf('Andrés Manuel López Obrador spoke. López met Sheinbaum in Mexico City.');
    expect(mention(doc, 'López')?.type).toBe('person');
    expect(mention(doc, 'Sheinbaum')).toBeDefined();
  });
});

describe('a nickname in quotes inside a name', () => {
  it.each<[string, string]>([
    ['Mohamed Hamdan "Hemedti" Dagalo commands the RSF.', 'Mohamed Hamdan "Hemedti" Dagalo'],
    ['Mohamed Hamdan \u201cHemedti\u201d Dagalo commands the RSF.', 'Mohamed Hamdan \u201cHemedti\u201d Dagalo'],
    ['José "Pepe" Mujica died on Tuesday.', 'José "Pepe" Mujica'],
  ])('%s → %s, one person', (text, name) => {
    const doc = entitiesOf(text);
    expect(mention(doc, name)?.type).toBe('person');
    expect(doc.mentions.filter((m) => m.type !== 'person' && name.includes(m.text))).toEqual([]);
  });

  it.each<[string, string]>([
    ['Sarah Jones called the plan "Great" on Monday.', 'Sarah Jones called'],
    ['Hemedti met John "Big" in Cairo.', 'John "Big"'],
  ])('%s: a quoted word after a name and no name after it joins nothing (%s)', (text, part) => {
    expect(entitiesOf(text).mentions.some((m) => m.text.startsWith(part))).toBe(false);
  });
});

describe('two people of one family joined by "and"', () => {
  it.each<[string, string, string]>([
    ['Venus Williams and Serena Williams won the doubles title.', 'Venus Williams', 'Serena Williams'],
    ['Serena Williams and Venus Williams won the doubles title.', 'Serena Williams', 'Venus Williams'],
  ])('%s → %s and %s, two persons', (text, one, two) => {
    const doc = entitiesOf(text);
    const a = mention(doc, one);
    const b = mention(doc, two);
    expect(a?.type).toBe('person');
    expect(b?.type).toBe('person');
    expect(a?.entityId).not.toBe(b?.entityId);
  });

  it.each<[string, string, EntityType]>([
    // Negative rows: a name alone at the start keeps its reading; a firm named for its founders stays one.
    ['Ford and Henry Ford were discussed.', 'Henry Ford', 'person'],
    ['Procter and Gamble said sales rose.', 'Gamble', 'organization'],
  ])('%s → %s (%s)', (text, surface, type) => {
    expect(mention(entitiesOf(text), surface)?.type).toBe(type);
  });
});

describe('a company named like a person named later', () => {
  it('"Ford said it would …" before "Bill Ford" stays the company', () => {
    const doc = entitiesOf(
      'Ford said it would cut 1,000 jobs in Europe. Bill Ford, the executive chair, said the decision was painful.',
    );
    expect(entityOf(doc, mention(doc, 'Ford')!).type).toBe('organization');
    expect(entityOf(doc, mention(doc, 'Bill Ford')!).type).toBe('person');
  });

  it.each<[string, string[], string[]]>([
    ['Henry Ford founded Ford in 1903. Ford said it would cut jobs.', ['Henry Ford'], ['Ford']],
    ['Ford, founded by Henry Ford in 1903, said it would cut jobs.', ['Henry Ford'], ['Ford']],
    ['Anna Vantor set up Vantor in 2001. Vantor said its sales rose.', ['Anna Vantor'], ['Vantor']],
    // The founder's own mentions stay his.
    ['Henry Ford founded Ford in 1903. Ford died in 1947.', ['Henry Ford'], ['Ford']],
  ])('a firm the document says was founded is a body beside its founder: %s', (text, persons, bodies) => {
    const doc = entitiesOf(text);
    for (const p of persons) expect(entityOf(doc, mention(doc, p)!).type).toBe('person');
    for (const b of bodies) expect(entityOf(doc, mention(doc, b)!).type).toBe('organization');
  });

  it('a founded firm\'s name that acts as a person stays the founder ("Ford died")', () => {
    const doc = entitiesOf('Henry Ford founded Ford in 1903. Ford died in 1947.');
    expect(entityOf(doc, mention(doc, 'Ford', 1)!).name).toBe('Henry Ford');
  });

  it.each<[string, string, string, boolean]>([
    // A short form of the given name of one full name is that person (data/nicknames.json).
    [
      'Margaret Ellen Ellery died on Monday. Maggie, as she was known, was 84.',
      'Maggie',
      'Margaret Ellen Ellery',
      true,
    ],
    ['Theodore Vance spoke first. Later, Ted said the plan would work.', 'Ted', 'Theodore Vance', true],
    // Two full names it could shorten, or a full name of its own: no join.
    ['Robert Lund and Robert Berg spoke. Bob said no.', 'Bob', 'Robert Lund', false],
    ['Maggie Smith won. Margaret Ellery lost. Maggie smiled.', 'Maggie', 'Margaret Ellery', false],
  ])('nicknames: %s', (text, short, full, same) => {
    const doc = entitiesOf(text);
    const a = mention(doc, short, doc.mentions.filter((m) => m.text === short).length - 1);
    expect(a?.entityId === mention(doc, full)?.entityId).toBe(same);
  });

  it('a bare family name after the full name is the person, "it" or not ("Ren said it had never …")', () => {
    const doc = entitiesOf('Huawei founder Ren Zhengfei spoke on Tuesday. Ren said it had never shared data.');
    expect(entityOf(doc, mention(doc, 'Ren')!).name).toBe('Ren Zhengfei');
  });
});

describe('a plural-shaped word repeated only where every word is capitalized', () => {
  it.each<[string, number]>([
    // The headline's tag does not spread to the body's sentence start.
    ['Stocks Fall Sharply as Trade Fears Grow\nStocks fell sharply on Monday as investors worried.', 1],
    ['Wall Street: Stocks fall sharply\nStocks fell sharply on Monday.', 1],
  ])('%s → "Stocks" in the body is no name', (text, nth) => {
    expect(mention(entitiesOf(text), 'Stocks', nth)).toBeUndefined();
  });

  it.each<[string, string, number]>([
    // Written as a name in mid-sentence prose, the form spreads.
    ['Shares of Vantorix Holdings rose. Analysts at Brenners said so. Brenners expects more.', 'Brenners', 1],
  ])('negative: %s → "%s" repeated', (text, surface, nth) => {
    expect(mention(entitiesOf(text), surface, nth)).toBeDefined();
  });
});

describe('a weekday the tagger ran a name on into is the date', () => {
  it.each<[string, string, string]>([
    ['CNBC Saturday reported the deal.', 'CNBC', 'CNBC Saturday'],
    ['He said in an interview with CNBC Friday, before the vote, that rates would rise.', 'CNBC', 'CNBC Friday'],
    ['The World Court Friday rejected the objections.', 'World Court', 'World Court Friday'],
    // The owner's possessive goes with the day's programme.
    ['Speaking to the BBC’s Sunday programme, she said so.', 'BBC', 'BBC’s'],
    ["Speaking to the BBC's Sunday programme, she said so.", 'BBC', "BBC's"],
  ])('%s → "%s"', (text, name, whole) => {
    const doc = entitiesOf(text);
    expect(mention(doc, name)?.type).toBe('organization');
    expect(mention(doc, whole)).toBeUndefined();
  });

  it.each<[string, string]>([
    // A club named with a weekday ends a row or a sentence.
    ['Arsenal lost 2-1 at home to Sheffield Wednesday.', 'Sheffield Wednesday'],
    ['The Sunday Times reported the deal.', 'Sunday Times'],
  ])('negative: %s → "%s" kept whole', (text, name) => {
    expect(mention(entitiesOf(text), name)).toBeDefined();
  });
});

describe('a wire agency in brackets before a dash', () => {
  it.each([
    ['Acme slides\n\n(Bloomberg) -- Shares in Acme fell on Monday.', 'Bloomberg'],
    ['Acme slides\n\nBy Jane Roe\n(Bloomberg) --\n\nShares in Acme fell on Monday.', 'Bloomberg'],
  ])('is the outlet, an organization: %s', (text, surface) => {
    expect(entitiesOf(text).mentions.find((m) => m.text === surface)?.type).toBe('organization');
  });
  it('a place in brackets before a dash stays a place', () => {
    const m = entitiesOf('Acme slides\n\n(Springfield) -- Shares in Acme fell on Monday.').mentions;
    expect(m.find((x) => x.text === 'Springfield')?.type).toBe('location');
  });
});

describe('a body named by its head word alone after "the"', () => {
  it('joins the one body of the text whose name ends in it', () => {
    const doc = entitiesOf(
      'EU row\n\nBRUSSELS, Nov 26 (Reuters) - The European Commission fined a bank. The Commission said it broke rules.',
    );
    const e = entityOf(doc, mention(doc, 'European Commission')!);
    expect(e.name).toBe('European Commission');
    expect(doc.mentions.find((m) => /^(?:The )?Commission$/.test(m.text))?.entityId).toBe(e.id);
  });

  it('two such bodies: no guess', () => {
    const doc = entitiesOf(
      'EU row\n\nThe European Commission and the Federal Trade Commission met. The Commission said it would act.',
    );
    const m = doc.mentions.find((x) => /^(?:The )?Commission$/.test(x.text));
    expect(m).toBeDefined();
    expect(m?.entityId).not.toBe(mention(doc, 'European Commission')?.entityId);
    expect(m?.entityId).not.toBe(mention(doc, 'Federal Trade Commission')?.entityId);
  });
});
