import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a broadcast programme is one organization name, not cut', () => {
  it.each<[string, string]>([
    ['He told Fox News Sunday that the plan would pass.', 'Fox News Sunday'],
    ['She said on CBS Face the Nation that she would run.', 'Face the Nation'],
    ['Speaking on Morning Joe, Smith said the race was close.', 'Morning Joe'],
    ['He appeared on Meet the Press on Sunday.', 'Meet the Press'],
  ])('%s → "%s"', (text, surface) => {
    expect(mention(entitiesOf(text), surface)?.type).toBe('organization');
  });
});

describe('negatives: the network and the words alone keep their own reading', () => {
  it('"CBS Face the Nation" keeps the network', () => {
    expect(mention(entitiesOf('She said on CBS Face the Nation that she would run.'), 'CBS')?.type).toBe(
      'organization',
    );
  });
  it.each<[string, string]>([
    ['Fox News reported the story on Sunday.', 'Fox News'],
    ['Joe Biden spoke on Monday morning.', 'Joe Biden'],
  ])('%s → "%s" unchanged', (text, surface) => {
    expect(mention(entitiesOf(text), surface)).toBeDefined();
  });
  it('"the nation" and "the press" in prose are no show', () => {
    expect(entitiesOf('Officials will meet the press to face the nation on Monday.').mentions).toEqual([]);
  });
});
