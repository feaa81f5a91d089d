import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Anti-LGBTQ+ abuse and ableism without slurs that the rules missed in blind79 (2026-12-06,
 * twenty-fifth session; the sentences paraphrase the misses, tests/fixtures/classify/README.md), each
 * beside the harmless post the same words make.
 */

describe('misgendering, the groomer smear and "unnatural"', () => {
  it('finds "never will be a woman", "a man pretending", "away from our kids", "nobody is born gay"', () => {
    expect(keys('Not a woman, never will be a woman, whatever Westminster says. Sit down, sir.')).toContain(
      'anti_lgbtq',
    );
    expect(keys('A man pretending to be a woman lecturing us about honesty in public life')).toContain(
      'anti_lgbtq',
    );
    expect(keys('Keep that councillor away from our kids, lesbian on the education committee')).toContain(
      'anti_lgbtq',
    );
    expect(keys('Nobody is born gay, and the MP for Leeds West proves where it leads')).toContain(
      'anti_lgbtq',
    );
    expect(keys('Sir Mincealot on Look North again, light in the loafers and heavy on the taxes')).toContain(
      'anti_lgbtq',
    );
  });

  it('is not a policy argument, or a report of the abuse', () => {
    expect(abusive('Single-sex spaces should be protected in law, and I will vote against self-ID')).toBe(
      false,
    );
    expect(abusive("She was called a 'man pretending to be a woman' at the hustings. Vile.")).toBe(false);
  });
});

describe("a disabled politician's impairment as the reason they are unfit, or faked", () => {
  it('finds "can\'t even walk to", "off her meds", "basket case", "the wheelchair is a prop"', () => {
    expect(keys("Can't even walk to the despatch box, how's she going to run a department?")).toContain(
      'ableism',
    );
    expect(keys('Councillor Doyle is off her meds again, judging by that speech')).toContain('ableism');
    expect(keys('@CllrKarenOwusu we all know the wheelchair is a prop')).toContain('ableism');
    expect(keys('Eleanor Vance needs a guide dog to find the voting lobby')).toContain('ableism');
  });

  it('is not a guide dog at work, or a busy week', () => {
    expect(
      abusive('Guide dog Hettie has now attended more council meetings than some of my colleagues'),
    ).toBe(false);
    expect(
      abusive('School trip to Holyrood: the kids met our MSP and her guide dog, the star of the show'),
    ).toBe(false);
    expect(abusive('Crazy week in the ward, three surgeries and a flood meeting')).toBe(false);
  });
});
