import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Identity abuse of politicians as real replies put it, with and without slurs, that the rules missed
 * in blind87 (2026-12-06, twenty-sixth session; the sentences paraphrase the misses,
 * tests/fixtures/classify/README.md), each beside the harmless post the same words make.
 */

describe('women as a whole kept out of power', () => {
  it('finds "women don\'t belong in the cabinet", "girls don\'t belong in politics"', () => {
    expect(
      keys("crying in the lobby again. this is exactly why women don't belong in the cabinet"),
    ).toContain('misogyny');
    expect(keys("girls don't belong in politics")).toContain('misogyny');
  });

  it('is not the opposite said, nor the claim asked about', () => {
    expect(abusive("women don't belong in the kitchen, they belong in the cabinet")).toBe(false);
    expect(abusive("who says women don't belong in politics?")).toBe(false);
  });
});

describe('stock phrases of racism, Islamophobia, antisemitism, anti-LGBTQ+ abuse and ableism', () => {
  it('finds each', () => {
    expect(keys("oi @CllrOkafor when's the boat back")).toContain('racism');
    expect(keys('@CllrHussain MP for Islamabad North more like')).toContain('islamophobia');
    expect(keys('Stern sits on planning. wonder how many of her people own the developers')).toContain(
      'antisemitism',
    );
    expect(keys('always pushing drag queens on toddlers')).toContain('anti_lgbtq');
    expect(keys("if you're too disabled to work you're too disabled to be an MP")).toContain('ableism');
  });
});

describe('the community’s own words and abuse reported', () => {
  it('is not a reclaimed word of oneself, a Pride contingent, graffiti reported or an emoji named', () => {
    expect(abusive("as a crip i'm so glad we've got Tom in parliament")).toBe(false);
    expect(abusive('dykes on bikes leading Pride with @CllrPritchard on the back 😂')).toBe(false);
    expect(
      abusive('Someone sprayed "kike" on the synagogue wall overnight. Cllr Stern was there at 8am.'),
    ).toBe(false);
    expect(abusive("Screenshotting every 🐒 emoji under Daniel's posts and sending them to the police")).toBe(
      false,
    );
  });

  it('still finds the slur and the emoji aimed at someone', () => {
    expect(keys('@CllrOkafor 🐒🐒')).toContain('racism');
    expect(keys('you crip')).toContain('ableism');
  });
});
