import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../electron/classify/ahoCorasick';
import { abusive, keys } from './classifyProbe';

/**
 * Abuse typed in text-speak and disguised (blind167), party-directed abuse (blind169) and live
 * reactions to TV and radio (blind171), missed or wrongly flagged (2026-12-07, thirtieth session; the
 * sentences paraphrase the studied sets, tests/fixtures/classify/README.md).
 */

describe('text-speak read as the words it spells', () => {
  it('finds a call to harm and a threat typed on a phone', () => {
    expect(keys('sum1 shud put a brick thru ur window n i might just b that sum1')).toContain(
      'harm_incitement',
    );
    expect(keys('ima gut u like a fish u traitor')).toContain('threat');
  });

  it('is not shouty, misspelled criticism or gaming slang', () => {
    expect(abusive('U SAID NO TAX RISES!!! wot a joke this budget is')).toBe(false);
    expect(abusive('u killed it tonight at the hustings, absolute beast')).toBe(false);
  });
});

describe('stars', () => {
  it('reads a word between two stars as emphasis, not a masked slur', () => {
    expect(abusive("so you're Fascists *and* AntiFa? make your mind up")).toBe(false);
  });

  it('still reads a masked word', () => {
    expect(abusive('you c**t')).toBe(true);
  });
});

describe('live reactions and party abuse', () => {
  it('finds the calls to throw things', () => {
    expect(keys('someone throw a shoe at him please #PMQs')).toContain('harm_incitement');
    expect(
      keys('Someone lob a pint glass at the Chancellor on her way out, the whole pub would cheer'),
    ).toContain('harm_incitement');
  });

  it('is not a spirit animal', () => {
    expect(
      abusive('The woman in the green cardigan nodding furiously at everything is my spirit animal #bbcqt'),
    ).toBe(false);
  });
});

describe('the lexicon automaton, once built', () => {
  it('refuses a phrase added after its first search, rather than miss it silently', () => {
    const ac = new AhoCorasick();
    ac.add([1, 2], 0);
    ac.build();
    const found: number[] = [];
    ac.search([1, 2], 2, (p) => found.push(p));
    expect(found).toEqual([0]);
    expect(ac.size).toBe(3);
    expect(() => ac.add([3], 1)).toThrow(/built/);
  });
});
