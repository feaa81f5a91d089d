import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Calls on a crowd to swarm a politician online until they give up (rules/swarm.ts), written from the
 * misses of blind111 (2026-12-07, twenty-eighth session; the sentences paraphrase them,
 * tests/fixtures/classify/README.md), each beside the organised, civil pressure the same words make.
 */

describe('a swarm called for', () => {
  it('finds flooded DMs, mass reports, hounding off an app, "till she deletes", shifts, a life made hell', () => {
    expect(keys('flood her DMs tonight, all of you. @CllrJoWhitlock')).toContain('harm_incitement');
    expect(keys('Mass report his account lads, it gets auto suspended if we all do it')).toContain(
      'harm_incitement',
    );
    expect(keys('hound him off this app, then out of his seat')).toContain('harm_incitement');
    expect(keys("Keep going till she deletes. She's already turned replies off")).toContain(
      'harm_incitement',
    );
    expect(keys("Who's in? Abuse her in shifts so it never stops")).toContain('harm_incitement');
    expect(keys("Let's make her life hell until she quits")).toContain('harm_incitement');
  });

  it('is not campaigning, a swarm of support, or a report of the pile-on', () => {
    expect(
      abusive('Everyone write to @HelenMarshMP about the sewage vote, fill her inbox with letters'),
    ).toBe(false);
    expect(abusive('Day 47 of asking @HelenMarshMP to explain her vote. Keep going till she answers.')).toBe(
      false,
    );
    expect(abusive("Let's flood her mentions with positivity for once. #ThankYouHelen")).toBe(false);
    expect(
      abusive('Whoever mass reported her account got it suspended for 12 hours. That is silencing an MP.'),
    ).toBe(false);
    expect(abusive('The whips will make his life a misery if he rebels on Tuesday')).toBe(false);
    expect(abusive('Voters will hound the minister out of office at the next election')).toBe(false);
    // Being doxxed told of, not done: "dox", "doxx" as a verb still count.
    expect(abusive("#IStandWithPriya — she's been doxxed, threatened and still turned up to vote.")).toBe(
      false,
    );
    expect(keys('lets doxx him lads')).toContain('doxxing');
  });
});
