import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Calls for harm, harm wished and self-harm urged in real replies to UK politicians that the rules
 * missed in blind85 (2026-12-06, twenty-sixth session; the sentences paraphrase the misses,
 * tests/fixtures/classify/README.md), each beside the harmless post the same words make.
 */

describe('harm the writer wants to watch', () => {
  it('finds "I want to see him bleed", "like seeing her in a neck brace"', () => {
    expect(keys('I want to see him bleed after what he did to this town')).toContain('harm_incitement');
    expect(keys('nothing would make my Christmas like seeing @CllrGrant in a neck brace')).toContain(
      'harm_incitement',
    );
  });

  it('is not wanting to see someone win, or beaten at the ballot box', () => {
    expect(abusive('would love to see her win the seat back in May')).toBe(false);
    expect(abusive("I'd love to see him beaten at the election")).toBe(false);
    expect(abusive('I want to see the hospital funded properly')).toBe(false);
  });
});

describe('harm called for in British and Irish forms', () => {
  it('finds "needs his legs breaking", "wants kneecapped", a car off the swing bridge', () => {
    expect(keys('that councillor needs his legs breaking for what he did to the green belt')).toContain(
      'harm_incitement',
    );
    expect(keys('yer man wants kneecapped, plain and simple')).toContain('harm_incitement');
    expect(keys('wish his car would go off the swing bridge with him belted in')).toContain(
      'harm_incitement',
    );
  });

  it('is not a bill that needs killing off, or a keeper who wants shooting after a 4-0', () => {
    expect(abusive('this bill needs killed off before it does more damage')).toBe(false);
    expect(abusive('we absolutely murdered them 4-0, their keeper wants shooting 😂')).toBe(false);
  });
});

describe('self-harm urged through a method', () => {
  it('finds the oven, a jump off a landmark, a cut deeper', () => {
    expect(keys('gas is still cheap on the old tariff love, stick your head in the oven')).toContain(
      'self_harm',
    );
    expect(keys('man just gan an lob yersel off the High Level ye useless article')).toContain('self_harm');
    expect(keys('cut deeper next time')).toContain('self_harm');
  });
});

describe('lobbying and casework set aside', () => {
  it('is not a surgery visit to ask, an inbox flooded, neighbours losing money', () => {
    expect(
      abusive('Ring his office. Turn up at his surgery and ask him to his face why he voted for it.'),
    ).toBe(false);
    expect(abusive('flood his inbox. all of us. polite but firm. he promised to shut the hotel')).toBe(false);
    expect(
      abusive('@CllrDunmore explain to the four mums on my street why their kids are losing £3k a year'),
    ).toBe(false);
    expect(
      abusive('bins not emptied in 7 weeks and the leader is at a conference. do one, you’re finished'),
    ).toBe(false);
  });

  it('still finds a visit that is a threat and a family routine given away', () => {
    expect(keys('Turn up at his surgery and smash his face in')).toContain('harm_incitement');
    expect(keys("@CllrDunmore your kids go to St Mary's, pick-up is 3.15 on Fridays")).toContain('doxxing');
  });
});
