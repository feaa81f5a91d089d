import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Replies to politicians' illness, grief and families (blind155), conspiracy "justice" (blind157) and
 * abuse of age, looks and class (blind159), missed or wrongly flagged (2026-12-07, thirtieth session;
 * the sentences paraphrase the studied sets, tests/fixtures/classify/README.md).
 */

describe('an illness wished worse', () => {
  it('finds the wish in its many shapes', () => {
    for (const text of [
      'Cancer diagnosis for Cllr Vane. Hope it spreads',
      'Hope the chemo doesn’t work',
      'Anyone else hoping the stroke comes back for round two?',
      'Here’s hoping the surgeon’s hand slips',
      'Pray it’s stage 4 tbh',
      'Dear Cllr Vane, hope the sepsis gets you before the by-election does.',
    ])
      expect(keys(text), text).toContain('harm_incitement');
  });

  it('is not a wish for recovery or a petition spreading', () => {
    for (const text of [
      'Hope the cancer doesn’t spread, thinking of you',
      'Hope the chemo works and she is back soon',
      'Hope it spreads far and wide, sign the petition',
      'Hope it doesn’t come back, Jan. Thinking of you all.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});

describe('insult words describing messages', () => {
  it('reads "the fat jokes" as the jokes, not a name for someone', () => {
    expect(
      abusive('Whatever you think of Brann, the fat jokes in his mentions are vile. Argue the policy.'),
    ).toBe(false);
    expect(abusive('Brann is a fat hypocrite lecturing us on obesity')).toBe(true);
  });
});

describe('conspiracy justice and the abuse of age and looks', () => {
  it('finds the threats dressed as justice', () => {
    expect(keys('You will be held accountable. Not at the ballot box. At the end of a rope.')).toContain(
      'threat',
    );
    expect(keys('The list is long and the trees are tall. Every MP who voted for it is on it.')).toContain(
      'threat',
    );
  });

  it('finds the ageist and looks abuse', () => {
    expect(
      abusive('Senile old fool can’t remember what day it is and we’re meant to trust him with a department'),
    ).toBe(true);
    expect(
      keys('Women MPs ranked by fanciability, a thread. Starting at the bottom with Hatchett.'),
    ).toContain('misogyny');
  });

  it('is not fair criticism of experience and age', () => {
    for (const text of [
      'At 81, should Sir Ambrose really be standing again? Five more years is a lot to ask of anyone.',
      'Ellis Parfitt has never run anything bigger than a student union. Experience matters in a minister.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});
