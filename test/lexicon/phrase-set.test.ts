// PhraseSet: phrases matched word by word on folded words, the longest first.
import { describe, expect, it } from 'vitest';
import { PhraseSet } from '../../src/lexicon/index.js';

const set = new PhraseSet(['Ủy ban', 'Ủy ban nhân dân', 'Uỷ ban', 'huyện', 'thành  phố']);
const words = (text: string) => text.split(' ');

describe('PhraseSet', () => {
  it.each([
    ['ủy ban nhân dân huyện', 0, 4, 'ủy ban nhân dân'],
    ['ủy ban nhân huyện', 0, 2, 'ủy ban'],
    ['ủy ban', 0, 2, 'ủy ban'],
    ['các ủy ban', 1, 2, 'ủy ban'],
    ['về thành phố', 1, 2, 'thành phố'],
    ['huyện', 0, 1, 'huyện'],
  ])('in "%s" at %i: %i words, key "%s"', (text, i, length, key) => {
    expect(set.matchAt(words(text), i)).toBe(length);
    const entry = set.entryAt(words(text), i);
    expect(entry?.words.length).toBe(length);
    expect(entry?.key).toBe(key);
  });

  it.each([
    ['ủy', 0],
    ['nhân dân', 0],
    ['ủy ban', 1],
    ['ủy ban', 5],
  ])('matches nothing in "%s" at %i', (text, i) => {
    expect(set.matchAt(words(text), i)).toBe(0);
    expect(set.entryAt(words(text), i)).toBeUndefined();
  });

  it('knows its longest phrase and its first words (a phrase spelt two ways is one)', () => {
    expect(set.longest).toBe(4);
    expect([...set.firstWords()].sort()).toEqual(['huyện', 'thành', 'ủy']);
    expect(set.startsWith('ủy')).toBe(true);
    expect(set.startsWith('ban')).toBe(false);
  });
});
