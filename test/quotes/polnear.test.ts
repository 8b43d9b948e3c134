import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addAttributionCounts,
  attributionScores,
  emptyAttributionCounts,
  scoreAttribution,
} from '../../src/eval/attribution.js';
import { parseGoldJsonl } from '../../src/eval/gold.js';
import { sharedPath } from '../shared-data.js';
import { analyzeQuotes } from './helpers.js';

const DEV = sharedPath('eval/polnear-dev.jsonl');

/** A regression floor on a slice of PolNeAR dev (the full figures come from `npm run eval`). */
describe.skipIf(!existsSync(DEV))('PolNeAR dev slice', () => {
  it('keeps GGT quote F1 and exact cue F1 above their floors on the first 20 documents', () => {
    const records = parseGoldJsonl(readFileSync(DEV, 'utf8'), 'polnear-dev').slice(0, 20);
    const total = emptyAttributionCounts();
    for (const r of records) addAttributionCounts(total, scoreAttribution(r, analyzeQuotes(r.text)));
    const s = attributionScores(total);
    expect(s.ggt['0.3']!.quotes.f1).toBeGreaterThan(0.62);
    expect(s.exact.cue.f1).toBeGreaterThan(0.55);
    expect(s.overlap.content.f1).toBeGreaterThan(0.62);
  });
});
