import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Petitions (blind277), East and South-East Asian MPs (blind279), floods (blind281), mock politeness
 * (blind283), canvassing (blind285), YouTube comments (blind287), schools (blind289), police (blind291),
 * trains (blind293) and pubs and smoking (blind295): missed or wrongly flagged (2026-12-07,
 * thirty-third session; the sentences paraphrase the studied sets, tests/fixtures/classify/README.md).
 */

describe('sarcastic thanks and politeness that announces rudeness', () => {
  it('reads "thanks for nothing" as no denial of the insult after it', () => {
    expect(keys('Thanks for nothing you absolute bellend x')).not.toEqual(['supportive']);
    expect(abusive('Thanks for nothing you absolute bellend x')).toBe(true);
  });

  it('does not let a sign-off excuse an insult announced with "sorry but" or "no offence"', () => {
    expect(abusive('Sorry to be rude but Cllr Venn is a total plonker. Cheers all.')).toBe(true);
    expect(abusive('No offence but you’re a numpty, Gareth x')).toBe(true);
  });

  it('still lets friends tease in a warm post', () => {
    expect(
      abusive('@CllrVenn you absolute numpty, you left your lanyard in my car again. Cheers for the lift x'),
    ).toBe(false);
  });
});

describe('"fag" as the British say it of a cigarette', () => {
  it('is a cigarette in a post about smoking, pubs or the ban', () => {
    for (const text of [
      'Can’t even have a fag in the beer garden now. What next, banning the beer?',
      'Barman here. Cleared fag ends off every table for twenty years. Bring on the ban.',
      'Nipped out for a fag at half time and the bloke next to me reckons we’ll be fined for it next year.',
      'My grandad has had a fag on the bench outside the Crown every Sunday since 1969.',
    ])
      expect(abusive(text), text).toBe(false);
  });

  it('is still a slur aimed at someone', () => {
    expect(keys('Shut up you fag, nobody asked about your smoking ban')).toContain('anti_lgbtq');
    expect(keys('Dirty fag minister wants to tell real men where to smoke')).toContain('anti_lgbtq');
  });
});
