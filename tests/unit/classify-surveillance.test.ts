import { describe, expect, it } from 'vitest';
import { abusive, keys, rules } from './classifyProbe';

/**
 * Intimidation by showing what the writer knows (rules/surveillance.ts, from blind53), next to
 * neighbours saying the same kinds of thing warmly, advice to candidates and criticism of a car.
 */
describe('intimidation by knowing', () => {
  it('their private life with a precise detail, a routine or a knowing hint is a threat', () => {
    expect(
      keys('Your wee girl gets out of Linwood Primary at 3.15, @CllrAnnaBell. Gran is always late.'),
    ).toContain('threat');
    expect(keys('Your mum is in room 14 at Hazelbank now, @CllrAnnaBell. Ground floor.')).toContain('threat');
    expect(
      keys('Your husband walks the spaniel by the canal every morning, @CllrAnnaBell. Small world.'),
    ).toContain('threat');
    expect(
      rules(
        'Your husband walks the spaniel by the canal every morning, @CllrAnnaBell. Small world.',
        'threat:watch',
      ),
    ).toEqual(['threat:watch-knowing-hint', 'threat:watch-private-life', 'threat:watch-routine']);
  });

  it('their people by a possessive or by name: "your wife\'s book club", "your Carl"', () => {
    expect(
      keys("Your wife's book club meets at the Crown first Monday. Walks home on her own, @CllrAnnaBell."),
    ).toContain('threat');
    expect(
      keys('Dunt your Carl walk home through the ginnel by the chippy? Dark that ginnel, @CllrAnnaBell.'),
    ).toContain('threat');
  });

  it('three kinds without "your": a time, a routine and a hint', () => {
    expect(keys('The 18.10 from York again, @CllrAnnaBell. Same seat every night, isn’t it?')).toContain(
      'threat',
    );
  });

  it('warmth, advice, organising and a charge are not intimidation', () => {
    expect(
      abusive('Your lad was brilliant in the panto on Saturday, @CllrAnnaBell! Same time next year?'),
    ).toBe(false);
    expect(
      abusive(
        'Congrats to your daughter on her 7.40 parkrun time, @CllrAnnaBell. Small world, I was behind her.',
      ),
    ).toBe(false);
    expect(
      abusive(
        'Safety tip for candidates: don’t post your kids’ school or your dog walks at 7am every morning.',
      ),
    ).toBe(false);
    expect(
      abusive(
        'Banned parking for everyone else but your silver Jag sits outside the town hall every day, @CllrAnnaBell',
      ),
    ).toBe(false);
  });

  it('one kind alone, or a private detail with an ordinary number, is not', () => {
    expect(abusive('Your dad makes the best scones at the church fete, @CllrAnnaBell')).toBe(false);
    expect(abusive('Chapter 5 35 says forgive your brother, @CllrAnnaBell')).toBe(false);
    expect(abusive('The glory of your people Israel, Luke 2:32. Blessings, @CllrAnnaBell')).toBe(false);
  });
});
