import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Sexual harassment of politicians told in innuendo, ratings and image threats that the rules missed
 * in blind81 (2026-12-06, twenty-fifth session; the sentences paraphrase the misses,
 * tests/fixtures/classify/README.md), each beside the harmless post the same words make.
 */

describe('ratings, propositions and parliamentary innuendo', () => {
  it('finds "smash or pass", a hotel room offered, "motion on my lap", "a free vote on my body"', () => {
    expect(keys('Smash or pass on the Senedd front bench: smash, pass, smash')).toContain('sexualised');
    expect(keys('@CllrJaneDoe come up to my hotel room after conference, room 214')).toContain('sexualised');
    expect(keys('She can table a motion on my lap anytime')).toContain('sexualised');
    expect(keys('She can have a free vote on my body whenever she likes')).toContain('sexualised');
  });

  it('is not a motion tabled, a free vote or a hotel booked for conference', () => {
    expect(abusive('Cllr Doyle will table a motion on the bus lane at full council')).toBe(false);
    expect(abusive('MPs were given a free vote on assisted dying, and @JaneDoeMP voted against')).toBe(false);
    expect(abusive('Booked the hotel for conference, anyone sharing a taxi from the station?')).toBe(false);
  });
});

describe('doctored and leaked images', () => {
  it('finds a nude edit threatened, an undress app, leaked pictures asked for', () => {
    expect(
      keys('Keep voting against the bill and the nude edit of your profile pic goes everywhere'),
    ).toContain('sexualised');
    expect(keys('Got an app that takes the clothes off anyone, shall I post her leaflet?')).toContain(
      'sexualised',
    );
    expect(keys('Leaked pics of the Minister doing the rounds on Telegram. Anyone got them?')).toContain(
      'sexualised',
    );
  });

  it('is not news of deepfake law', () => {
    expect(abusive('The Online Safety Act makes sharing a deepfake image a crime. About time.')).toBe(false);
  });
});
