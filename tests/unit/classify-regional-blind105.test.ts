import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Abuse in the voices of Scotland, Northern Ireland, Wales and the English regions, sectarian abuse
 * among it, that the rules missed in blind105 (2026-12-07, twenty-eighth session; the sentences
 * paraphrase the misses, tests/fixtures/classify/README.md), each beside the harmless post the same
 * words make.
 */

describe('sectarian abuse', () => {
  it('finds "taig", "papes oot", "the only good Prod", the Fenian-blood chant', () => {
    expect(keys("Taig. That's all Bronagh McCann is and all she'll ever be")).toContain('racism');
    expect(keys('Papes oot of Larkhall council')).toContain('racism');
    expect(keys("the only good prod's a prod in the Lagan")).toContain('racism');
    expect(keys("up to our knees in fenian blood, sing it outside Quinlan's office")).toContain('racism');
  });

  it('is not Irish history, a parade, or an Old Firm score', () => {
    expect(abusive('Talk tonight at the library on the Fenian Rising of 1867, all welcome')).toBe(false);
    expect(abusive("Celtic 2 Rangers 1. Sorry Callum, ye'll get us next time 😂 pint's on me")).toBe(false);
  });
});

describe('threats in dialect', () => {
  it('reads "ye", "yer", "hoose", "wi", "tae" and a dropped g as the words the phrases know', () => {
    expect(keys('Hope yer hoose burns wi you in it Dalgleish')).toContain('harm_incitement');
    expect(keys("step off that train an ye're gettin filled in")).toContain('threat');
    expect(keys('Ahm gonnae dae time for you Gilchrist. Worth it.')).toContain('threat');
    expect(keys("keep pushin that bill and ye'll be gettin a visit")).toContain('threat');
  });

  it('is not banter that sounds rough', () => {
    expect(
      abusive('Ye cheeky wee monkey Kirsty, ye nicked the last bit o tablet! Thanks for comin hen x'),
    ).toBe(false);
    expect(abusive('New GP surgery opens Monday. Get it up them that said it would never happen!')).toBe(
      false,
    );
  });
});
