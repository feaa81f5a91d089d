import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Football clubs (blind465), airports (blind471), statues (blind473), sex education protests
 * (blind475), mayors (blind477) and Grenfell (blind481), thirty-seventh session: the sentences
 * paraphrase the studied sets (tests/fixtures/classify/README.md).
 */

describe('words taken back, and the abusers named', () => {
  it('reads a slur reclaimed by those it is aimed at as harmless', () => {
    expect(abusive('dyke and proud. my daughter came home beaming about the book with two mums')).toBe(false);
    expect(abusive('Reclaiming "poof" since 1998. Love to all the little poofs in Year 8')).toBe(false);
    expect(
      abusive('Anyone who calls a gay teacher a groomer should have to do playground duty for a week'),
    ).toBe(false);
    // …while the slur said of someone stays abuse.
    expect(keys('Harris is a groomer and everyone who calls him that is right')).toContain('anti_lgbtq');
  });
});

describe('match talk, office addresses and policies', () => {
  it('reads a cup tie and an office address as harmless', () => {
    expect(abusive('ref was a disgrace today, absolutely robbed. we will bury them in the second leg')).toBe(
      false,
    );
    expect(
      abusive("The MP's office address is 14 Harbour Parade, Portwell PW1 3QL if you want to write to her."),
    ).toBe(false);
    expect(abusive('ready to represent the Philippines in the fashion show next month')).toBe(false);
  });
});

describe('wishes listed, wished "on" someone, or left to a force', () => {
  it('reads these as wishes for harm', () => {
    expect(keys('Wishing Siobhan Kelly a long, painful illness. Not a quick one.')).toContain(
      'harm_incitement',
    );
    expect(keys('Genuinely wish a slow death on @FionaLarkhill. Not sorry.')).toContain('harm_incitement');
    expect(keys('hope she gets tinnitus, then cancer')).toContain('harm_incitement');
    expect(keys('Praying the tide takes him. Genuinely.')).toContain('harm_incitement');
    expect(keys('Hope the smoke gets him. Slowly.')).toContain('harm_incitement');
  });

  it('keeps talk about such wishes, recovery and the voters harmless', () => {
    expect(
      abusive('"Hope he dies" in the comments under a clip. Reported. Wishing death on someone is vile.'),
    ).toBe(false);
    expect(abusive('I hope he gets well soon, then back to work')).toBe(false);
    expect(abusive('hope the voters get him')).toBe(false);
  });
});

describe('flags on lamp posts, a pet on a leaflet, and the writer described', () => {
  it('reads these as harmless', () => {
    expect(
      abusive('Flags on lamp posts: yes or no? Genuinely interested what folk think. Keep it civil.'),
    ).toBe(false);
    expect(abusive("Cllr Ashworth's dog on the leaflet is the best thing to come through my letterbox")).toBe(
      false,
    );
    expect(abusive('As a big fat lesbian with three cats, this is exactly my content')).toBe(false);
  });

  it('keeps the gallows, a person called an animal and a threatened pet', () => {
    expect(keys('Lamp posts on Whitehall, a rope for every one of them.')).toContain('harm_incitement');
    expect(abusive("Tebbutt isn't a man, he's vermin.")).toBe(true);
    expect(abusive('Ashworth is a dog')).toBe(true);
  });
});
