import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

describe('numbered roads', () => {
  it.each([
    ['The chase ended in a crash on Interstate 95 early Saturday.', ['Interstate 95']],
    ['Traffic was stopped on Route 1 and Highway 101.', ['Route 1', 'Highway 101']],
  ])('are places named with their number: %s', (text, roads) => {
    const doc = entitiesOf(text);
    for (const road of roads) expect(doc.entities.find((e) => e.name === road)?.type).toBe('location');
  });

  it.each([
    ['He drove on Interstate highways for years.', 'Interstate'],
    ['The Route 66 Association met on Friday.', 'Route 66'],
  ])('a road word without a number, or inside a longer name, is left alone: %s', (text, road) => {
    const doc = entitiesOf(text);
    expect(doc.entities.some((e) => e.name === road)).toBe(false);
  });
});
