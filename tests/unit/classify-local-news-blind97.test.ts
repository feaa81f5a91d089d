import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Abuse of councillors in the comments under local news and in community groups, as those commenters
 * put it, that the rules missed in blind97 (2026-12-06, twenty-seventh session; the sentences
 * paraphrase the misses, tests/fixtures/classify/README.md), each beside the harmless post the same
 * words make.
 */

describe('calls to act, Facebook style', () => {
  it('finds tar and feathers, the good kicking, the tyres, the bricks', () => {
    expect(keys('Proper old fashioned tar and feathering is what Bellamy needs. Who is in?')).toContain(
      'harm_incitement',
    );
    expect(keys('A good kicking is the only language these councillors understand')).toContain(
      'harm_incitement',
    );
    expect(keys("lads we all know what car Petrie drives. tyres won't slash themselves 😂")).toContain(
      'harm_incitement',
    );
    expect(keys('Nobody would blame anyone for running him off the road on that bike')).toContain(
      'harm_incitement',
    );
  });

  it('is not a tar-and-chip road or a kicking on the pitch', () => {
    expect(abusive('Council finally resurfaced Mill Lane with tar and chippings, about time')).toBe(false);
    expect(abusive('we gave them a good kicking on Saturday, 4-0 at home 🎉')).toBe(false);
  });
});

describe("the commenters' stock phrases", () => {
  it('finds women told their place, the town "replaced", the queer off the cabinet', () => {
    expect(keys('Priya Nandra should stick to what women are good at')).toContain('misogyny');
    expect(keys('council run by menopausal old bags who hate men and hate cars')).toContain('misogyny');
    expect(keys('Our town is being replaced and the foreign councillors are cheering it on')).toContain(
      'racism',
    );
    expect(keys('get the queer off the cabinet while you are at it')).toContain('anti_lgbtq');
    expect(keys('a bigger mosque so they can breed more terrorists. well done council')).toContain(
      'islamophobia',
    );
  });
});

describe('notices and names in the thread', () => {
  it("is not a lost cat's notice, a found dog's home, or a tagged surname", () => {
    expect(
      abusive(
        'LOST CAT 🐈 Ginger tom, last seen Hawthorn Road Sunday night. Microchipped. 07700 900318. Thank you x',
      ),
    ).toBe(false);
    expect(
      abusive("FOUND: small terrier on Beacon Lane, no collar. Message me and we'll get her home 🐶"),
    ).toBe(false);
    expect(abusive("@Gary Pratt telling a councillor to kill themselves isn't banter. Reported.")).toBe(
      false,
    );
  });

  it('still finds a personal number handed on after "found"', () => {
    expect(
      keys("Found Cllr Lyle's personal mobile: 07700 900318. ring her and tell her what you think"),
    ).toContain('doxxing');
  });
});
