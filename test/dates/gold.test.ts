import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoldJsonl } from '../../src/eval/gold.js';
import { addTimexCounts, emptyTimexCounts, scoreTimex, timexScores } from '../../src/eval/timex.js';
import { SEED_BASE, sharedPath } from '../shared-data.js';
import { analyzeDates } from './helpers.js';

const MEANTIME = sharedPath('eval/meantime-dev.jsonl');
const SEED = SEED_BASE;

describe.skipIf(!existsSync(MEANTIME))('MEANTIME dev (shared gold, not in the repo)', () => {
  it('keeps value F1 and relaxed span F1 from regressing', () => {
    const total = emptyTimexCounts();
    for (const r of parseGoldJsonl(readFileSync(MEANTIME, 'utf8'), MEANTIME)) {
      addTimexCounts(total, scoreTimex(r, analyzeDates(r.text, r.published ?? undefined)));
    }
    const s = timexScores(total);
    expect(s.value.f1).toBeGreaterThanOrEqual(0.78);
    expect(s.relaxed.f1).toBeGreaterThanOrEqual(0.88);
  });
});

describe.skipIf(!existsSync(`${SEED}.txt`))('seed article (shared, not in the repo)', () => {
  // "January 15, 2019" under the byline is a mention whether or not the publication date was read from it.
  it('finds the required and bonus dates with their values', () => {
    const expected = JSON.parse(readFileSync(`${SEED}.expected.json`, 'utf8')) as {
      dates: { required: { text: string; value: string }[]; bonus: { text: string; value: string }[] };
    };
    const doc = analyzeDates(readFileSync(`${SEED}.txt`, 'utf8'), '2019-01-15');
    const found = new Set(doc.dates.map((d) => `${d.text}=${d.value}`));
    for (const d of [...expected.dates.required, ...expected.dates.bonus]) {
      expect(found, d.text).toContain(`${d.text}=${d.value}`);
    }
  });
});
