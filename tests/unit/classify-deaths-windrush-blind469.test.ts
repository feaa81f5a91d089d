import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Deaths and condolences (blind461), festivals and chants (blind463), steelworks (blind467) and
 * Windrush (blind469), thirty-seventh session: the sentences paraphrase the studied sets
 * (tests/fixtures/classify/README.md).
 */

describe('after a death, others wished next', () => {
  it('reads "X next" and "next one might be yours" after a death as harm', () => {
    expect(keys('RIP Pannell. Okonkwo next')).toContain('harm_incitement');
    expect(keys('enjoy the funeral ayesha. next one might be yours')).toContain('threat');
    expect(keys('Sir Geoff has died. hope the rest of them go the same way')).toContain('harm_incitement');
    expect(keys("Sad about her dad. Sadder it wasn't her.")).toContain('harm_incitement');
  });

  it('keeps running orders, by-elections and condolences harmless', () => {
    expect(abusive('Funeral on Friday, Okonkwo speaks first, Mistry next')).toBe(false);
    expect(abusive("RIP to a great MP. Who's next to stand for the seat?")).toBe(false);
    expect(
      abusive(
        "Sedgebrook Methodist is hosting a memorial service for Daniel's mum on Sunday, she taught Sunday school there",
      ),
    ).toBe(false);
    expect(abusive('Thoughts with @BethanLM_MP. Cancer is a bastard.')).toBe(false);
  });
});

describe('words quoted as a thing, and policies that die', () => {
  it('reads quoted abuse named as a poster, or aimed at someone, as reported', () => {
    expect(
      abusive("A 'go back where you came from' poster was found outside the community centre this morning."),
    ).toBe(false);
    expect(
      abusive("Seeing a lot of 'go back to where you came from' aimed at Sam Adeyemi. He was born here."),
    ).toBe(false);
    // …while the same words said to her stay racism.
    expect(keys("'go back where you came from' Priya")).toContain('racism');
  });

  it('reads a policy dying a slow painful death as criticism, and a person dying one as harm', () => {
    expect(abusive('I hope this flight policy dies a slow, painful death in the Supreme Court')).toBe(false);
    expect(keys('I hope Haldane dies a slow painful death')).toContain('harm_incitement');
  });

  it('reads a party meeting, a food bank and the pissing rain as harmless', () => {
    expect(abusive('Deselect Ashworth. Members, you know what to do at the AGM.')).toBe(false);
    expect(abusive('Food bank is asking for tins and nappies. Lot of new faces this week. Please help')).toBe(
      false,
    );
    expect(abusive('Jo stood with us at the gates at 6am in the pissing rain. Respect for that.')).toBe(
      false,
    );
  });
});

describe('a nationality denied and a place of origin pointed to', () => {
  it('reads these as racism', () => {
    expect(keys('@MarciaCBMP Ur not english. U never will be.')).toContain('racism');
    expect(keys('If you love Jamaica so much Marcia why dont you go back there')).toContain('racism');
    expect(keys("Sunita Rao doesn't represent Hartwell, she represents Delhi")).toContain('racism');
    expect(keys('shame if owt happened to the little ones on the way home, Daniel')).toContain('threat');
  });

  it('keeps a nationality stated and a holiday harmless', () => {
    expect(abusive("She's not English, she's Scottish, and proud of it")).toBe(false);
    expect(abusive('He loves Jamaica so much he goes back there every winter')).toBe(false);
  });
});
