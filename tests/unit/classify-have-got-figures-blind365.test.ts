import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Trade unions (blind365), the monarchy (blind369), local groups (blind371), crypto (blind373), Gen Z
 * slang (blind377) and bots (blind379), thirty-fifth session: the sentences paraphrase the studied sets
 * (tests/fixtures/classify/README.md).
 */

describe('having, figures inside phrases, chants and joined verbs', () => {
  it('reads British "have got" as having, not as being told', () => {
    expect(keys("She's got the IQ of a damp sponge")).toContain('personal_insult');
    expect(keys('Whitmore has got the IQ of a damp sponge')).toContain('personal_insult');
    // …while what someone got told is still a report.
    expect(abusive("She's got a letter saying she's a stupid cow. Reported it to the police.")).toBe(false);
  });

  it('lets a longer phrase stand over a figure of speech inside it', () => {
    expect(keys('Councillor Brant can kiss my arse')).toContain('profanity');
    // …and the figure still excuses itself.
    expect(abusive('Tough on crime my arse, the station has been shut for a year')).toBe(false);
  });

  it('does not read a chant against a bill as a threat or an insult', () => {
    for (const text of [
      'Kill the Bill. Kill the Bill. Kill the Bill. #MinimumServiceLevels',
      'kill the bill. kill the bill. KILL THE BILL ✊✊ #StopTheRentersBill',
    ])
      expect(abusive(text), text).toBe(false);
  });

  it('keeps the intent that opened a clause for a verb joined by "and"', () => {
    expect(
      keys(
        'I will personally come down to your constituency office and rip your throat out you lying warmonger',
      ),
    ).toContain('threat');
    // …not when nobody's body is harmed.
    expect(abusive('I will personally come down to your constituency office and rip up your leaflet')).toBe(
      false,
    );
  });
});
