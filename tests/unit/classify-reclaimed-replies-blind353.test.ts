import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Religion in politics (blind353), sewage (blind355), bare replies (blind357), cost of living (blind359),
 * disabled MPs (blind361) and mixed-language posts (blind363), thirty-fourth session: the sentences
 * paraphrase the studied sets (tests/fixtures/classify/README.md).
 */

describe('reclaimed words and bare replies', () => {
  it('lets disabled writers call themselves "crip"', () => {
    for (const text of [
      'Crip life: two hours waiting for a ramp at Leeds station. Still voting.',
      "I'm a crip and my MP gets it. Lift fixed at last.",
    ])
      expect(abusive(text), text).toBe(false);
    // …but the word thrown at an MP is abuse.
    expect(keys('Useless crip, should never have been elected')).toContain('ableism');
  });

  it('reads the bare replies that menace in a few words', () => {
    expect(keys('Surround his house. Tonight.')).toContain('harm_incitement');
    expect(keys('Remember what happened to the last one.')).toContain('threat');
    expect(keys('Take the pills, love.')).toContain('self_harm');
  });
});
