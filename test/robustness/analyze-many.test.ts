import { describe, expect, it } from 'vitest';
import { analyzeMany } from '../../src/index.js';

describe('analyzeMany streams with bounded memory', () => {
  it('pulls inputs lazily from an infinite generator and closes it when the consumer stops', async () => {
    let pulled = 0;
    let closed = false;
    function* endless(): Generator<{ id: string; text: string }> {
      try {
        for (let i = 0; ; i++) {
          pulled++;
          yield { id: `n${i}`, text: `Officer ${i} said the road was closed on Monday.` };
        }
      } finally {
        closed = true;
      }
    }
    const ids: string[] = [];
    for await (const doc of analyzeMany(endless())) {
      ids.push(doc.id ?? '');
      // One document out per input pulled: nothing is read ahead or buffered.
      expect(pulled).toBe(ids.length);
      if (ids.length === 5) break;
    }
    expect(ids).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(pulled).toBe(5);
    expect(closed).toBe(true);
  });

  it('works the same over an endless async iterable', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<string> {
      for (;;) {
        pulled++;
        yield 'The mayor said the bridge would reopen.';
      }
    }
    let n = 0;
    for await (const doc of analyzeMany(endless(), { published: '2021-05-01' })) {
      expect(doc.meta.published).toBe('2021-05-01');
      if (++n === 3) break;
    }
    expect(pulled).toBe(3);
  });
});
