import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Racism without slurs that the rules missed in blind75 (2026-12-06, twenty-fifth session; the
 * sentences paraphrase the misses, tests/fixtures/classify/README.md), each beside the harmless post
 * the same words make.
 */

describe("a politician's origin as the foregone explanation of their act", () => {
  it('finds "what do you expect from a Pakistani MP", a Somali councillor "surprise surprise"', () => {
    expect(keys('What do you expect from a Pakistani MP? He sided with them again')).toContain('racism');
    expect(keys('Somali councillor wants more money for the community centre. Surprise surprise.')).toContain(
      'racism',
    );
    expect(
      keys('Nigerian councillor on the finance committee and money goes missing. Join the dots.'),
    ).toContain('racism');
  });

  it('is not praise, a report of abuse or a career politician', () => {
    expect(
      abusive('Proud of our first Somali councillor, a historic night. No surprise she topped the poll'),
    ).toBe(false);
    expect(
      abusive('The Pakistani-heritage MP was targeted by trolls again. Surprise surprise, nothing done'),
    ).toBe(false);
    expect(abusive('Typical career politician. Uni, think tank, safe seat, never had a real job')).toBe(
      false,
    );
  });
});

describe('belonging denied, replacement, race as the reason for office', () => {
  it('finds "British on paper", "guests in our country", "part of the replacement", "a brown face"', () => {
    expect(keys('Everyone knows Osei is only British on paper')).toContain('racism');
    expect(keys('Guests in our country should keep their heads down, not sit in Parliament')).toContain(
      'racism',
    );
    expect(keys("She's part of the replacement and she isn't even hiding it @CllrBegum")).toContain('racism');
    expect(keys('He is on that committee because they needed a brown face, not a brain')).toContain('racism');
    expect(keys('Being born in a stable does not make you a horse, Cllr Adebayo')).toContain('racism');
  });

  it('is not a replacement bus, a remark quoted to condemn it, or a guest speaker', () => {
    expect(abusive('Rail replacement buses again this weekend, @CllrBegum can we get the trains back?')).toBe(
      false,
    );
    expect(
      abusive("He should withdraw his 'colonising Parliament' remark. It's replacement theory language"),
    ).toBe(false);
    expect(abusive('Our guests in the chamber today were pupils from Moorside Primary')).toBe(false);
  });
});

describe('names, accents and animals', () => {
  it('finds mocked names and the chimp', () => {
    expect(keys("Can't even pronounce his name and we're meant to vote for him?")).toContain('racism');
    expect(keys('Jamal Campbell is a chimp in a suit')).toContain('racism');
    expect(keys('Cllr Ngozi-whatever, get a proper name')).toContain('racism');
  });

  it('is not the zoo', () => {
    expect(abusive('Chimp enclosure at the zoo reopens Saturday, the mayor cut the ribbon')).toBe(false);
  });
});
