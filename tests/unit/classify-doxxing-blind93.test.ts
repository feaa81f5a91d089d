import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Doxxing and the intimidation built on it as real replies put them, that the rules missed in blind93
 * (2026-12-06, twenty-seventh session; the sentences paraphrase the misses,
 * tests/fixtures/classify/README.md), each beside the harmless post the same words make.
 */

describe('asking the crowd where someone lives', () => {
  it('finds "anyone know where…", "need the house number", "what car does she drive"', () => {
    expect(keys('anyone know where @CllrOkoro actually lives? asking for a few lads')).toContain('doxxing');
    expect(keys("who's got the electoral roll? need Pryce's actual house number for the lads")).toContain(
      'doxxing',
    );
    expect(keys('anyone know what car @CllrLowe drives? want a word in the car park')).toContain('doxxing');
    expect(keys("someone's found where @CllrLowe lives, its the Osborne Rd end")).toContain('doxxing');
  });

  it('is not whether an MP lives locally, or an argument against exposure', () => {
    expect(abusive('does anyone know if our MP even lives in the constituency?')).toBe(false);
    expect(abusive('anyone know where the MP lives in the constituency? never seen him round here')).toBe(
      false,
    );
    expect(abusive('why would anyone need to know where a councillor lives? leave them alone')).toBe(false);
  });
});

describe("sent to a relative's work", () => {
  it('finds the missus at the chemist, the brother at his garage, a hint to go', () => {
    expect(keys('his missus works at the Boots on Kirkgate. go and ask her why he voted for it')).toContain(
      'doxxing',
    );
    expect(keys("Cllr Rowe's sister runs the florist on Market Place. pop in and let her know")).toContain(
      'doxxing',
    );
  });

  it("is not the writer's own sister's shop", () => {
    expect(
      abusive('my sister runs the florist on Market Place, pop in and say hi, best flowers in town'),
    ).toBe(false);
  });
});

describe("a car's registration", () => {
  it('finds the plate when whose car it is comes after it', () => {
    expect(keys("Registration of @CllrFenn's Range Rover is FX70 DKN. keep an eye out lads")).toContain(
      'doxxing',
    );
  });

  it("is not the writer's own car", () => {
    expect(abusive('my car reg FX70 DKN was cloned, got a parking fine from Leeds @CllrFenn')).toBe(false);
  });
});

describe('intimidation told as a remark', () => {
  it('finds the writer at their house and menace told as concern', () => {
    expect(
      keys('ive been past yours three times this week. still no reply to my email @CllrSkelton'),
    ).toContain('threat');
    expect(keys('lights were on late at yours last night. couldnt sleep either? @CllrTrebilcock')).toContain(
      'threat',
    );
    expect(keys("your wife's pretty @CllrAshcroft. shame if she had to pay for how you vote")).toContain(
      'threat',
    );
  });

  it('is not a friend who saw the kids, or the staff told to lock up', () => {
    expect(
      abusive('saw ur kids at the school gate today, theyre getting so big!! we need a playdate soon x'),
    ).toBe(false);
    expect(
      abusive('reminder to all staff: lock your car in the council car park, there have been thefts'),
    ).toBe(false);
  });
});

describe('notices and acronyms', () => {
  it("is not a lost cat's notice, or FOI made a verb", () => {
    expect(
      abusive('LOST: grey cat, missing from Whinmoor Crescent since tuesday. ring 07700 900552 any time'),
    ).toBe(false);
    expect(
      abusive(
        "the brass neck of a cllr who voted for ULEZ then claimed mileage for his diesel. FOI'd his claims 🧵 @CllrBoddington",
      ),
    ).toBe(false);
  });

  it('still finds a number handed on, and the slur itself', () => {
    expect(keys('ring @CllrBoddington on his own mobile 07700 900552 and tell him what you think')).toContain(
      'doxxing',
    );
    expect(keys('you stupid foid @CllrX')).toContain('misogyny');
  });
});
