import { describe, it } from 'vitest';
import { ARTICLES, MUTATIONS } from './articles.js';
import { expectRobust } from './checked-analyze.js';

describe('mutated articles give valid documents', () => {
  ARTICLES.forEach((article, a) => {
    it.each(MUTATIONS)(`article ${a + 1}: %s`, (_name, mutate) => {
      expectRobust(mutate(article));
      expectRobust(mutate(article), { published: '2023-10-03', outlet: 'Example News', id: `a${a}` });
    });
  });
});
