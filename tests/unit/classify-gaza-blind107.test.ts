import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Antisemitism, Islamophobia and threats around the Gaza votes that the rules missed in blind107
 * (2026-12-07, twenty-eighth session; the sentences paraphrase the misses,
 * tests/fixtures/classify/README.md), each beside the harsh criticism or counter-speech the same words
 * make.
 */

describe('tropes aimed at Jewish and Muslim MPs', () => {
  it('finds "109 countries", "Mossad asset", "a Zionist before she is British", "Hamas cheerleader"', () => {
    expect(keys('your people got kicked out of 109 countries for a reason')).toContain('antisemitism');
    expect(keys('Gellner is a Mossad asset and always has been')).toContain('antisemitism');
    expect(keys("Ruth is a Zionist before she's British. They all are.")).toContain('antisemitism');
    expect(keys('a Hamas cheerleader on the Home Affairs Committee. Deport him.')).toContain('islamophobia');
    expect(keys('Bashir is an Islamist in a suit')).toContain('islamophobia');
  });

  it('is not harsh criticism of a vote or of a government', () => {
    expect(
      abusive('Our MP voted to keep selling arms to a government committing war crimes. Deselect her.'),
    ).toBe(false);
    expect(
      abusive(
        'Complicit. Blood on your hands for that abstention, and we will remember it at the ballot box.',
      ),
    ).toBe(false);
  });

  it('is not a trope named in order to condemn it, or people told to stop saying it', () => {
    expect(abusive("The 'Israel first MP' line is a dual loyalty trope as old as antisemitism itself.")).toBe(
      false,
    );
    expect(abusive('The blood libel stuff being thrown at her is medieval hatred. Report and block.')).toBe(
      false,
    );
  });
});

describe('the crowd sent to an MP', () => {
  it('finds the mosque visited, the surgery flooded, the MP made scared', () => {
    expect(keys('Time we paid a visit to the mosque Bashir prays at')).toContain('harm_incitement');
    expect(keys('Flood her surgery. Make her too scared to leave the house.')).toContain('harm_incitement');
    expect(keys('Marcovitch, step down or get put down')).toContain('threat');
    expect(keys("Gellner's kids go to school somewhere. Just saying.")).toContain('threat');
  });

  it('is not a call to a peaceful protest or a vigil', () => {
    expect(abusive('Peaceful vigil outside the town hall on Saturday at 2, bring candles not placards')).toBe(
      false,
    );
  });
});
