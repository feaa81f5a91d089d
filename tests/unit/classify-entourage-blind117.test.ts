import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Abuse that reaches the people around a politician (caseworkers, canvassers, researchers, husbands
 * and wives), missed in blind117, and mockery of disability in the benefits debates, missed in
 * blind119 (2026-12-07, twenty-ninth session; the sentences paraphrase the misses,
 * tests/fixtures/classify/README.md), each beside the complaints, notices and reclaimed words a fair
 * moderator would leave alone.
 */

describe('threats and harm aimed at staff, volunteers and family', () => {
  it('reads staff as the one threatened or wished harm', () => {
    expect(keys("I'm going to batter the canvassers if they knock again")).toContain('threat');
    expect(keys('Your caseworker will get stabbed one of these days')).toContain('threat');
    expect(keys('your husband will get hurt, mark my words')).toContain('threat');
    expect(keys('Honestly hope the volunteers get hurt on that stall')).toContain('harm_incitement');
  });

  it('finds the threats and exposure of the constituency office', () => {
    expect(keys("Tell your staff to lock the doors on Friday. They'll need to.")).toContain('threat');
    expect(keys("He won't look so pleased with himself with a broken jaw")).toContain('threat');
    expect(keys('The woman who runs his surgeries lives above the bakery on Kirk Street')).toContain(
      'doxxing',
    );
  });

  it('does not read policy talk or a rota as a threat', () => {
    expect(abusive('Our volunteers will be out in force next weekend, meet at the library at 10')).toBe(
      false,
    );
    expect(abusive('Cut child benefit and the kids will die in poverty. Shame on this government.')).toBe(
      false,
    );
    expect(abusive("I'll beat the volunteers at bowls again this Sunday")).toBe(false);
  });

  it('reads the insult of whoever writes the tweets, not a report', () => {
    expect(keys('Whoever writes his tweets is a pathetic loser')).toContain('personal_insult');
    expect(abusive('Her tweets calling him a loser are vile')).toBe(false);
  });
});

describe('mockery of a stammer and of disability', () => {
  it('finds a stammer typed out to mock someone', () => {
    expect(keys("Pellow's constituents deserve an MP who can finish a sentence. S-s-s-sad")).toContain(
      'ableism',
    );
    expect(keys('@MinisterX c-c-can you answer the q-q-question')).toContain('ableism');
  });

  it("is not the mockery quoted to condemn it, or the writer's own words", () => {
    expect(abusive("The replies under Reddaway's speech are vile. 'G-g-g-get on with it' isn't wit.")).toBe(
      false,
    );
    expect(abusive('I was like b-b-but why is it so cold')).toBe(false);
  });

  it('is not a reclaimed word naming a community', () => {
    expect(abusive('The crip community has been warning about these assessments for years.')).toBe(false);
    expect(abusive('Crip rights are human rights. See you at the rally')).toBe(false);
    expect(keys('shut up you crip')).toContain('ableism');
  });
});
