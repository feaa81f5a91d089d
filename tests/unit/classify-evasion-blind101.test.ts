import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Abuse written to slip past moderation (algospeak, coded words, emoji for words) that the rules
 * missed in blind101 (2026-12-07, twenty-eighth session; the sentences paraphrase the misses,
 * tests/fixtures/classify/README.md), each beside the harmless post the same words make.
 */

describe('coded identity abuse', () => {
  it('finds "paper Brit", "6 gorillion", the shower, "m0zlem", the wig, "it"', () => {
    expect(keys('she was born abroad and always will be a paper brit')).toContain('racism');
    expect(keys('6 gorillion reasons not to vote for Cohen lol')).toContain('antisemitism');
    expect(keys('Cohen should be sent for a nice long 🚿 tbh')).toContain('antisemitism');
    expect(keys('Oakfield voted in a m0zlem, enjoy it')).toContain('islamophobia');
    expect(keys('Sam Reilly is just a bloke in a wig, sorry not sorry')).toContain('anti_lgbtq');
    expect(keys("Reilly isn't a person, it's an it.")).toContain('anti_lgbtq');
  });

  it('is not talk of a shower, a wig or a Brit abroad', () => {
    expect(abusive('back from the gym, long 🚿 then door knocking in Oakfield')).toBe(false);
    expect(abusive('after 9 hours canvassing I deserve a nice long shower')).toBe(false);
    expect(abusive('panto season: the dame wore a wig taller than the town hall 😂')).toBe(false);
    expect(abusive('a Brit abroad for 20 years and she still votes by post every election')).toBe(false);
  });
});

describe('algospeak for self-harm, and help offered in its words', () => {
  it('finds the "sewer slide" pushed and pills to neck', () => {
    expect(keys('have u considered the sewer slide, Owen? for the country')).toContain('self_harm');
    expect(keys('he should neck a bottle of pills and spare us the budget')).toContain('self_harm');
  });

  it('is not a help post that says "if you feel like you want to unalive yourself"', () => {
    expect(
      abusive('if you feel like you want to unalive yourself please talk to someone. Samaritans 116 123 💛'),
    ).toBe(false);
  });
});

describe('praise with a weapon emoji', () => {
  it('is not a sword and a crown for a debate won', () => {
    expect(abusive('she slayed the whole debate 🗡️👑')).toBe(false);
  });

  it('still finds a sword aimed at someone', () => {
    expect(keys("you're next @CllrReilly 🗡️")).toContain('threat');
  });
});
