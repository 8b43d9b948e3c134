import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { WorkCounter } from '../robustness/work-counter.js';

/**
 * The entities stage must do work linear in the text also when the text names many distinct people, families and
 * organizations: a rule that scans every name of the document once per mention, or once per distinct name, is
 * quadratic there, and the hostile inputs of test/robustness repeat a handful of names, so they miss it (the
 * family-name rule before 2c63b43 and the anchor scans of the clustering passed them). Work is counted as in
 * test/robustness/linear-work.test.ts (V8 block counts), over the files of src/entities/ alone, at two sizes 4x
 * apart: linear work grows 4x; the anchor scans this guards against made it 4.8x at these sizes (more at larger
 * ones), and the stage grows 4.0x without them.
 */
const SMALL = 10_000;
const LARGE = 4 * SMALL;
const MAX_RATIO = 4.5;

const GIVEN_MALE = ['James', 'Robert', 'Michael', 'David', 'Thomas', 'Daniel', 'Peter', 'Richard', 'Paul', 'Mark'];
const GIVEN_FEMALE = ['Mary', 'Linda', 'Susan', 'Karen', 'Nancy', 'Laura', 'Helen', 'Sarah', 'Anna', 'Emily'];
// Made-up family names, distinct for the first 864 paragraphs: the text must not repeat a small set of names.
const FRONT = ['Bran', 'Kel', 'Mor', 'Dal', 'Fen', 'Har', 'Lin', 'Stav', 'Wes', 'Cor', 'Ash', 'Pem'];
const MIDDLE = ['', 'er', 'ing', 'am', 'ol', 'en'];
const BACK = ['ston', 'ley', 'worth', 'ford', 'man', 'ridge', 'ton', 'well', 'by', 'hurst', 'wick', 'field'];
const ORG_HEADS = ['Holdings', 'Foundation', 'Institute', 'Group', 'Partners', 'Council'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function family(k: number): string {
  const front = FRONT[k % FRONT.length]!;
  const back = BACK[Math.floor(k / FRONT.length) % BACK.length]!;
  const middle = MIDDLE[Math.floor(k / (FRONT.length * BACK.length)) % MIDDLE.length]!;
  return `${front}${middle}${back}`;
}

function acronym(k: number): string {
  return `${LETTERS[k % 26]}${LETTERS[Math.floor(k / 26) % 26]}${LETTERS[(k * 7 + 3) % 26]}`;
}

/**
 * Paragraph k: a man and a woman of one family, both named in full, then by the bare family name, with honorifics
 * of both genders and pronouns after them; an organization named after the next family, with a head word many
 * organizations share, and an acronym of its own.
 */
function paragraph(k: number): string {
  const name = family(k);
  const he = GIVEN_MALE[k % GIVEN_MALE.length]!;
  const she = GIVEN_FEMALE[(k * 3) % GIVEN_FEMALE.length]!;
  const org = `${family(k + 1)} ${ORG_HEADS[k % ORG_HEADS.length]}`;
  const acr = acronym(k);
  return (
    `${he} ${name} and his sister ${she} ${name} joined the ${org} (${acr}) in March. ` +
    `${name} said he would stay. Ms. ${name} said she would not, and the ${acr} thanked her. ` +
    `Mr. ${name} later told reporters that ${name} and the ${org} had parted ways. ${he} said it was fine.\n\n`
  );
}

function manyFamilies(size: number): string {
  let text = '';
  for (let k = 0; text.length < size; k++) text += paragraph(k);
  return text;
}

const ENTITIES_ONLY = { disable: ['dates', 'quotes', 'claims', 'graph'] };

const counter = new WorkCounter();
beforeAll(async () => {
  await counter.start();
  analyze('Warm-up: Anna Smith said on Monday that Mr. Smith had joined the Acme Group (AG).', ENTITIES_ONLY);
});
afterAll(() => counter.stop());

describe('entities: work grows linearly with the number of distinct names', () => {
  it('many people sharing family names, bare family names, organizations and acronyms, pronouns', async () => {
    const entitiesWork = async (text: string) => {
      const byScript = await counter.countByScript(() => analyze(text, ENTITIES_ONLY));
      const own = [...byScript].filter(([url]) => url.includes('/src/entities/'));
      return new Map(own.map(([url, n]) => [url.replace(/^.*\/src\//, 'src/'), n]));
    };
    const small = await entitiesWork(manyFamilies(SMALL));
    const large = await entitiesWork(manyFamilies(LARGE));
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(total(small)).toBeGreaterThan(0);
    const ratio = total(large) / total(small);
    const growth = [...large]
      .map(([url, n]) => [url, n - 4 * (small.get(url) ?? 0)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([url, extra]) => `${url} +${extra}`);
    expect(
      ratio,
      `entities work ${total(small)} at ${SMALL} chars, ${total(large)} at ${LARGE}; most growth: ${growth.join(', ')}`,
    ).toBeLessThan(MAX_RATIO);
  });

  it('many laws, branches named before a country code, and acronyms defined in brackets', async () => {
    // Paragraph k: a law's name, a body before "UK", a body with its acronym in brackets; every name distinct.
    const laws = (size: number) => {
      let text = '';
      for (let k = 0; text.length < size; k++) {
        const org = `${family(k)} ${ORG_HEADS[k % ORG_HEADS.length]}`;
        text +=
          `The ${family(k + 1)} Safety Act passed on Monday, and ${family(k + 2)} Research UK backed it. ` +
          `Members of the ${org} (${acronym(k)}) said the ${acronym(k)} would comply.\n\n`;
      }
      return text;
    };
    const rules = ['src/entities/law-names.ts', 'src/entities/country-branches.ts', 'src/entities/consistency.ts'];
    const work = async (text: string) => {
      const byScript = await counter.countByScript(() => analyze(text, ENTITIES_ONLY));
      return [...byScript].filter(([url]) => rules.some((r) => url.endsWith(r))).reduce((a, [, n]) => a + n, 0);
    };
    const small = await work(laws(SMALL));
    const large = await work(laws(LARGE));
    expect(small).toBeGreaterThan(0);
    expect(large / small, `work ${small} at ${SMALL} chars, ${large} at ${LARGE}`).toBeLessThan(MAX_RATIO);
  });

  it('the text does name many distinct people, and joins bare family names to them', () => {
    const doc = analyze(manyFamilies(SMALL), ENTITIES_ONLY);
    const paragraphs = manyFamilies(SMALL).split('\n\n').length - 1;
    const people = doc.entities.filter((e) => e.type === 'person');
    expect(people.length).toBeGreaterThan(2 * paragraphs);
    // "James Branston … Mr. Branston": the honorific's bare family name joins the man's full name.
    const james = doc.mentions.find((m) => m.text === `James ${family(0)}`);
    const mister = doc.mentions.find((m) => m.text === family(0) && doc.text.slice(m.start - 4, m.start) === 'Mr. ');
    expect(james?.entityId).toBeDefined();
    expect(mister?.entityId).toBe(james?.entityId);
  });
});
