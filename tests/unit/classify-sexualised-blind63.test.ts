import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Sexualised abuse and misogyny that blind63 showed the rules missing (2026-12-06, twenty-third
 * session; the sentences paraphrase its misses, tests/fixtures/classify/README.md), each beside the
 * criticism, news or compliment the same words make.
 */

describe('sex said of her plainly', () => {
  it('is sexualised abuse even when she is not named', () => {
    expect(keys("dont care about her politics, I'd ruin her")).toContain('sexualised');
    expect(keys('the only thing she has ever been good at opening is her legs')).toContain('sexualised');
    expect(keys("stick her on page 3 and she'd finally do something useful")).toContain('sexualised');
    expect(keys('fair play @CllrDempsey has aged well, still would 😏')).toContain('sexualised');
  });

  it('is not a manifesto page or a news story', () => {
    expect(
      abusive('The manifesto had a £20bn hole in it on page 3, @ChancellorMP. Even I could spot that one.'),
    ).toBe(false);
    expect(abusive("Charlie's film with a former porn star opens at the Curzon, says @CllrReid")).toBe(false);
  });
});

describe('a post about "her" with two kinds of cue', () => {
  it('is sexualised abuse or misogyny though she is not named', () => {
    expect(keys('that dress at PMQs tho 👀👀 cant stop looking at her legs')).toContain('sexualised');
    expect(keys("she'd be prettier if she smiled more, sweetheart. Go make a sandwich")).toContain(
      'misogyny',
    );
  });

  it('finds bed talk and doctored pictures beside a wink', () => {
    expect(keys('Cllr Priya Nair can read me the planning regs in bed any night of the week 😉')).toContain(
      'sexualised',
    );
    expect(keys("Someone's edited pics of @SarahOkaforMP are doing the rounds and honestly 😏")).toContain(
      'sexualised',
    );
  });

  it('is not a sick day or a political alliance', () => {
    expect(abusive('@CllrNair stuck in bed with flu so I will cover the surgery 😉')).toBe(false);
    expect(abusive("She's in bed with the developers again 😉 @CllrNair explain the vote")).toBe(false);
  });

  it('needs two kinds: one cue beside "she" is a story', () => {
    expect(abusive('she wore a lovely dress to the Pride reception 👀 so proud of her')).toBe(false);
    expect(abusive('She asked the Chancellor to calm down and answer the question. Brilliant.')).toBe(false);
  });
});

describe('misogyny in one stock phrase', () => {
  it('finds the kitchen, the vote and the sums left to the boys', () => {
    expect(keys('Who let her out of the kitchen')).toContain('misogyny');
    expect(keys('Women shouldnt have got the vote, and this lot are proof')).toContain('misogyny');
    expect(keys('@ChloeAshworthMP hun maybe leave the big sums to the boys')).toContain('misogyny');
    expect(keys('"Strong independent woman" aka nobody would marry her')).toContain('misogyny');
  });

  it('is not a policy past its sell-by date or a kitchen on the campaign trail', () => {
    expect(abusive('This housing policy is past its sell by date, @HousingMinister')).toBe(false);
    expect(abusive('Thanks @CllrNair for helping out in the kitchen at the community lunch today')).toBe(
      false,
    );
  });
});
