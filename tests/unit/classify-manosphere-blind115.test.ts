import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Misogyny in the manosphere's vocabulary, missed in blind115 (2026-12-07, twenty-eighth session; the
 * sentences paraphrase the misses, tests/fixtures/classify/README.md), each beside the posts that
 * explain that vocabulary or argue about men's issues.
 */

describe('the manosphere vocabulary aimed at women politicians', () => {
  it('finds "roastie", "AWALT", "hit the wall", "repeal the 1918 Act", "the weaker sex"', () => {
    expect(keys('roastie MP thinks she gets to have standards lmao')).toContain('misogyny');
    expect(keys("AWALT. She's just the one who got a red box.")).toContain('misogyny');
    expect(keys("She's hit the wall and now she wants to legislate for the rest of us")).toContain(
      'misogyny',
    );
    expect(keys('Repeal the 1918 Act. Every time she opens her mouth the case gets stronger.')).toContain(
      'misogyny',
    );
    expect(keys('Women are the weaker sex and the Commons proves it daily')).toContain('misogyny');
  });

  it('is not a woman telling what she is sent', () => {
    expect(
      abusive(
        "Councillor, mum, and apparently a 'roastie' according to my mentions. Playground opens Saturday!",
      ),
    ).toBe(false);
    expect(abusive("Every woman on the council has had 'hit the wall' thrown at her. It's routine.")).toBe(
      false,
    );
  });

  it('is not a post explaining the vocabulary, or an argument about boys and men', () => {
    expect(
      abusive('Roastie, foid, AWALT: the incel lexicon ranks women by sexual value. Talk to your teenager.'),
    ).toBe(false);
    expect(
      abusive(
        'Boys are falling behind at school and the equalities minister has said nothing about it. Wrong priorities.',
      ),
    ).toBe(false);
  });
});
