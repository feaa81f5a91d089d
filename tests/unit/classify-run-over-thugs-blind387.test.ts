import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Expenses (blind387) and police and protest (blind395), thirty-fifth session: the sentences paraphrase
 * the studied sets (tests/fixtures/classify/README.md).
 */

describe('run over, and standing with the MP against the "thugs"', () => {
  it('reads a wish that someone named gets run over', () => {
    expect(keys('hope Dawson gets run over')).toContain('harm_incitement');
    expect(keys('I hope Smith gets run over tomorrow')).toContain('harm_incitement');
    // …not a meeting that ran over, nor going over the figures.
    expect(abusive('hope Dawson got the figures right, the meeting ran over by an hour')).toBe(false);
  });

  it('does not call a post that stands with the MP an insult for its "thugs"', () => {
    expect(
      abusive(
        'Whoever keeps sending Helen death threats: she has three kids. Beat her at the ballot box. You make the rest of us look like thugs.',
      ),
    ).toBe(false);
  });
});
