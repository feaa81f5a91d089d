import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Universities (blind337), Wales (blind339), private lives (blind341), pensioners (blind343),
 * celebrity culture (blind345), asylum hotels (blind347), count nights (blind349) and quote-posts
 * (blind351): threats and orders these sets showed missing (2026-12-07, thirty-fourth session; the
 * sentences paraphrase the studied sets, tests/fixtures/classify/README.md).
 */

describe('threats and orders aimed at someone picked out', () => {
  it('reads a threat to "that woman" or "the man" as aimed at a person', () => {
    expect(keys('I am going to kill that woman. You know who you are.')).toContain('threat');
    expect(keys("I'll batter the bloke who wrote that leaflet")).toContain('threat');
  });

  it('reads an order to harm "every" councillor or minister', () => {
    expect(keys('Hang every minister who voted for this. Start at the top.')).toContain('harm_incitement');
    // …but not a call to vote them all out.
    expect(abusive('Vote out every councillor who backed the closure')).toBe(false);
  });

  it('reads an order to push someone off steps or a pier', () => {
    expect(keys('Somebody push Aled off the Pierhead steps, go on')).toContain('harm_incitement');
    expect(keys('someone push him off the pier')).toContain('harm_incitement');
  });
});
