import { describe, it } from 'vitest';
import { expectSameEntity, type SameEntityRow as Row } from './helpers.js';

describe('spouses: "Mr. X" and "Mrs. X" in one article go to the right person', () => {
  it.each<Row>([
    // One spouse named in full: the family name with the other honorific is the titled bare name.
    [
      'President Obama spoke in Chicago. Michelle Obama visited a school. Mrs. Obama smiled. Mr. Obama returned.',
      ['Obama', 0],
      ['Obama', 2],
      true,
    ],
    [
      'President Obama spoke in Chicago. Michelle Obama visited a school. Mrs. Obama smiled. Mr. Obama returned.',
      ['Michelle Obama', 0],
      ['Obama', 1],
      true,
    ],
    // A full name of the honorific's gender before one whose first name tells none ("Robin").
    [
      'Robin Halloran spoke on Monday. Susan Halloran spoke later. Mr. Halloran left. Mrs. Halloran stayed.',
      ['Susan Halloran', 0],
      ['Halloran', 2],
      true,
    ],
    // One full name whose first name tells no gender: the honorific written more often is its own.
    [
      'President Barack Obama spoke in Chicago. Mrs. Obama visited a school. Mr. Obama returned. Mr. Obama left.',
      ['Barack Obama', 0],
      ['Obama', 1],
      true,
    ],
  ])('%s: %j and %j same entity: %s', expectSameEntity);
});

describe('negatives: spouses stay apart', () => {
  it.each<Row>([
    [
      'President Barack Obama spoke in Chicago. Mrs. Obama visited a school. Mr. Obama returned. Mr. Obama left.',
      ['Barack Obama', 0],
      ['Obama', 0],
      false,
    ],
    ['Paul Jones met Mr. Smith and Mrs. Smith on Monday.', ['Smith', 0], ['Smith', 1], false],
    [
      'Tom Baker and his wife, Jane Baker, arrived. Mr. Baker said he was tired. Ms. Baker said she was not.',
      ['Tom Baker', 0],
      ['Baker', 1],
      false,
    ],
    // A full name never takes both honorifics.
    [
      'Grace Okafor visited a school. Mrs. Okafor smiled. Mr. Okafor later returned to Abuja.',
      ['Grace Okafor', 0],
      ['Okafor', 1],
      false,
    ],
  ])('%s: %j and %j same entity: %s', expectSameEntity);
});
