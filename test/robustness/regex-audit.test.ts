import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectRegexLiterals } from './regex-literals.js';

/**
 * Every regular expression in src/ is checked by recheck for catastrophic backtracking (exponential or polynomial
 * blow-up on some input). A regex that is only ever run on short, bounded strings may be listed in ACCEPTED with
 * the reason; none is today.
 */
const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const ACCEPTED = new Map<string, string>(); // `${file}:${source}` → why its input is bounded

describe('regex audit (recheck)', () => {
  const regexes = collectRegexLiterals(SRC);

  it('finds the regexes in src/', () => {
    expect(regexes.length).toBeGreaterThan(10);
  });

  it('every regex is safe from catastrophic backtracking', () => {
    const problems: string[] = [];
    for (const r of regexes) {
      let d = checkSync(r.source, r.flags, { timeout: 10_000 });
      // A timeout is no finding: on a loaded machine the analysis itself runs slow. Try once more with time to spare.
      if (d.status === 'unknown' && d.error.kind === 'timeout') d = checkSync(r.source, r.flags, { timeout: 60_000 });
      if (d.status === 'safe' || ACCEPTED.has(`${r.file}:${r.source}`)) continue;
      const detail =
        d.status === 'vulnerable'
          ? `${d.complexity.summary}, attack ${JSON.stringify(d.attack.pattern)}`
          : `unknown: ${JSON.stringify(d.error)}`;
      problems.push(`src/${r.file}:${r.line} /${r.source}/${r.flags}: ${detail}`);
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
