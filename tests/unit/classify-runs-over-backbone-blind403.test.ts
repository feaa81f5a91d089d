import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Schools (blind403) and trains (blind407), thirty-fifth session: the sentences paraphrase the studied
 * sets (tests/fixtures/classify/README.md).
 */

describe('a vehicle wished onto someone, and a spineless vote', () => {
  it('reads "hope a bus runs her over" as a wish for harm', () => {
    expect(keys('hope a bus runs her over on the way to the count')).toContain('harm_incitement');
    expect(keys('hope the lads run him over')).toContain('harm_incitement');
    // …not a meeting or a speech that runs over.
    expect(abusive('I hope they run over the figures again before the vote')).toBe(false);
  });

  it('leaves "the backbone of a chocolate éclair" about a vote as criticism', () => {
    expect(
      abusive('Our MP has the backbone of a chocolate éclair when it comes to standing up to the whips'),
    ).toBe(false);
  });
});
