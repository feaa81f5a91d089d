import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Replies that lean on emoji, missed or misread in blind131, and football-terrace chants about
 * politicians, missed in blind133 (2026-12-07, twenty-ninth session; the sentences paraphrase the
 * misses, tests/fixtures/classify/README.md), each beside the emoji and chants a fair moderator would
 * leave alone.
 */

describe('emoji that say it', () => {
  it('finds a house on fire, a bridge to jump from, a sexual sequence', () => {
    expect(keys('🔥🏠🔥 Cllr Bexley, we will see how you like it when it is your house')).toContain('threat');
    expect(keys('🌉⬇️ jump')).toContain('self_harm');
    expect(keys('DM me babe 🍆💦 I will show you real opposition')).toContain('sexualised');
  });

  it('is not the emoji named as what others send', () => {
    expect(
      abusive('Anyone sending 🍆💦 to a woman MP is committing sexual harassment. It is reportable.'),
    ).toBe(false);
    expect(abusive('Screenshotting the 🔥🏠 replies and sending them to the security team.')).toBe(false);
  });
});

describe('chants from the terraces', () => {
  it('finds the chant that calls for killing or hanging', () => {
    expect(keys('Kill the minister, kill the minister 🎵 the noise from the Kop was unreal')).toContain(
      'harm_incitement',
    );
    expect(keys('Hang the MPs, hang the MPs, every one who voted for the sale')).toContain('harm_incitement');
    expect(keys('Someone should push the councillor off the bridge')).toContain('harm_incitement');
  });

  it('does not read an order at a policy as one at the person', () => {
    expect(abusive("Kill the councillors' plan before it kills our ground")).toBe(false);
    expect(
      abusive("You're getting sacked in the morning 🎶 Threlfall, the polls have you 20 points behind"),
    ).toBe(false);
  });
});
