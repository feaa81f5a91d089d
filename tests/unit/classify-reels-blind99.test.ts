import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Comments under young women politicians' videos and selfies, as those commenters put them, that the
 * rules missed in blind99 (2026-12-06, twenty-seventh session; the sentences paraphrase the misses,
 * tests/fixtures/classify/README.md), each beside the harmless post the same words make.
 */

describe('sexual comments under a video', () => {
  it('finds the OnlyFans jibe, "asking for it", the private Q&A, the photoshop request', () => {
    expect(keys('ngl would pay for her onlyfans over reading the manifesto')).toContain('sexualised');
    expect(keys('is it just me or is she asking for it in every video')).toContain('sexualised');
    expect(keys('how much for a private Q&A 💸😉')).toContain('sexualised');
    expect(keys('someone photoshop her without the suit 🙏')).toContain('sexualised');
  });

  it('is not praise for the speech or the workout', () => {
    expect(abusive('she ate that speech 🔥🔥 queen 👑')).toBe(false);
    expect(abusive('those squats are no joke, respect for fitting the gym in around surgeries 💪')).toBe(
      false,
    );
  });
});

describe('women told their place, threats told as jokes', () => {
  it('finds the baby, the sandwich, "women just can\'t", the smug look slapped off', () => {
    expect(keys("who's looking after the baby while you're doing tiktoks")).toContain('misogyny');
    expect(keys('at least make us a sandwich before the speech')).toContain('misogyny');
    expect(keys("her voice makes me want to switch off. women just can't do speeches")).toContain('misogyny');
    expect(keys("i'd slap that smug look off her face if i saw her in person")).toContain('threat');
    expect(keys('hope she miscarries tbh. one less of her')).toContain('harm_incitement');
  });

  it('is not a fag packet, or a congratulation on the baby', () => {
    expect(abusive('policies written on the back of a fag packet')).toBe(false);
    expect(
      abusive('congratulations on the baby news! who is covering your surgeries while you are off?'),
    ).toBe(false);
  });
});

describe('a reply made only of emoji', () => {
  it('finds two or more sexual emoji as the whole reply', () => {
    expect(keys('🍑🍑🍑')).toContain('sexualised');
    expect(keys('@CllrMirza 🍒🍒👀')).toContain('sexualised');
  });

  it('finds a reply of knives, blood and coffins', () => {
    expect(keys('🔪🩸 soon')).toContain('threat');
    expect(keys('@CllrMirza ⚰️⚰️')).toContain('threat');
  });

  it('is not one emoji, fruit and veg, or emoji beside words', () => {
    expect(abusive('🔪')).toBe(false);
    expect(abusive('Sunday roast 🔪🍖 @CllrMirza')).toBe(false);
    expect(abusive('🍑')).toBe(false);
    expect(abusive('🍆🍅🥕')).toBe(false);
    expect(abusive('Peach season at the farm shop 🍑🍑')).toBe(false);
  });
});
