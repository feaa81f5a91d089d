import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Sexual harassment and misogyny as real replies to women politicians put them, crude and coded,
 * that the rules missed in blind89 (2026-12-06, twenty-sixth session; the sentences paraphrase the
 * misses, tests/fixtures/classify/README.md), each beside the harmless post the same words make.
 */

describe('crude sexual talk about her', () => {
  it('finds what she "needs", how she "got the job", what she "wants"', () => {
    expect(keys('she needs a good hard shag not a ministerial post')).toContain('sexualised');
    expect(keys('she didnt get that seat on merit she got it on her knees 😂')).toContain('sexualised');
    expect(keys("she's the type that secretly wants it rough")).toContain('sexualised');
    expect(keys('@CllrOkonjo send feet pics and i’ll vote for you')).toContain('sexualised');
    expect(keys('bet the boys passed her round at conference 😂')).toContain('sexualised');
  });

  it('is not a shag carpet, a bit on the side of a plate, or a kneeling vigil', () => {
    expect(abusive('new shag pile carpet in the constituency office, very 1970s')).toBe(false);
    expect(abusive('Cllr Okonjo knelt at the vigil for the victims of the fire. Dignified.')).toBe(false);
  });
});

describe('insinuation said by disowning it', () => {
  it('finds "I\'m not saying she slept her way up the list but…"', () => {
    expect(keys("i'm not saying she slept her way up the list but the panel was all blokes 😏")).toContain(
      'misogyny',
    );
  });

  it('is not a rumour denied', () => {
    expect(abusive("I'm not saying she slept her way up. She worked for it.")).toBe(false);
  });
});

describe('women told their place', () => {
  it('finds the sandwich, the men sorting it, a woman with the codes', () => {
    expect(keys('@CllrMandal go and make your husband a sandwich x')).toContain('misogyny');
    expect(keys('be quiet sweetheart and let the men sort it')).toContain('misogyny');
    expect(keys('would you trust a woman with the nuclear codes')).toContain('misogyny');
    expect(keys('women in politics was a mistake and she is exhibit A')).toContain('misogyny');
  });

  it('is not a sandwich at a fundraiser or men sorting the bins', () => {
    expect(abusive('Thanks @CllrMandal for making sandwiches at the food bank today')).toBe(false);
    expect(abusive('the men from the depot finally came to sort the bins on our street')).toBe(false);
  });
});
