import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * The Horizon and infected blood scandals (blind455), the Covid inquiry (blind457) and an MP's illness
 * (blind459), thirty-seventh session, and the older studied sets that showed the same forms: the
 * sentences paraphrase them (tests/fixtures/classify/README.md).
 */

describe('an illness wished worse in a reply that does not name it', () => {
  it('reads a wish for a grave end of the illness as a wish for harm', () => {
    expect(keys('hope its terminal tbh')).toContain('harm_incitement');
    expect(keys('Hoping for complications 🤞🤞')).toContain('harm_incitement');
    expect(keys("He'll pull through, worse luck. Here's hoping for a relapse.")).toContain('harm_incitement');
    expect(keys('hope its the slow kind')).toContain('harm_incitement');
    expect(keys('Hope your kidneys pack in @PriyaChaudhryMP')).toContain('harm_incitement');
    expect(keys("Heard Okafor's been poorly. Fingers crossed it's serious")).toContain('harm_incitement');
  });

  it('keeps get-well wishes and airport terminals harmless', () => {
    expect(abusive("hope it's not terminal Tom, thinking of you")).toBe(false);
    expect(abusive('Hoping there are no complications, get well soon x')).toBe(false);
    expect(abusive('hope the new terminal at Manchester opens on time')).toBe(false);
    expect(abusive("Fingers crossed it's serious between them, lovely couple")).toBe(false);
  });

  it('reads a regret that it was not fatal as glorifying harm', () => {
    expect(keys("Gutted it wasn't fatal tbh")).toContain('harm_incitement');
    expect(keys("Shame it wasn't a bigger tumour")).toContain('harm_incitement');
    expect(abusive("Shame it wasn't a bigger majority")).toBe(false);
  });
});

describe('a politician ordered out of the country, and prison as the price', () => {
  it('reads an order to deport a person as racism, not a report of a deportation', () => {
    expect(keys('Deport her.')).toContain('racism');
    expect(keys('Can we deport Okafor please')).toContain('racism');
    expect(keys('Stick her on the next deportation flight and see how she likes it')).toContain('racism');
    expect(keys('Learn English or go home.')).toContain('racism');
    expect(abusive('The Home Office tried to deport him after 40 years here, shameful')).toBe(false);
    expect(abusive('Time to pack your bags and go home Rishi, the voters have spoken')).toBe(false);
  });

  it('reads the writer ready to do time for someone as a threat', () => {
    expect(keys('Gonna do time for Pembry. worth it.')).toContain('threat');
    expect(keys("I'd go to jail for that woman")).toContain('threat');
    expect(abusive('Pembry should do time for this')).toBe(false);
    expect(abusive("my dad did time for Pembry's lies")).toBe(false);
  });

  it('reads a helpline\'s "you don\'t have to sit with it on your own" as comfort', () => {
    expect(
      abusive(
        "Helplines are open till 8pm tonight if today's evidence brought anything up. You don't have to sit with it on your own",
      ),
    ).toBe(false);
  });
});

describe('innuendo told with a wink in words', () => {
  it('reads "if you know what I mean" or "any time she likes" beside a sexual cue as sexualised', () => {
    expect(keys("wouldn't mind her sitting on my committee if you know what I mean")).toContain('sexualised');
    expect(keys('Fiona McAllister can filibuster me any time she likes 😏')).toContain('sexualised');
  });
});
