import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Code-switched abuse in romanised Urdu, Hindi, Punjabi, Bengali and Polish (blind149), the Gaza
 * arguments (blind151) and coordinated pile-ons (blind153), missed or wrongly flagged (2026-12-07,
 * thirtieth session; the sentences paraphrase the studied sets, tests/fixtures/classify/README.md).
 */

describe('insults in the languages staff will meet', () => {
  it('finds them inside English sentences', () => {
    expect(keys("@ImtiazVK you absolute gandu, can't even get one streetlight fixed")).toContain(
      'personal_insult',
    );
    expect(abusive('Kurwa mać, Nowacki is the thickest councillor Millbeck has ever had.')).toBe(true);
    expect(keys('Mistry-Patel voted for it. Her son is a chakka, disgusting family.')).toContain(
      'anti_lgbtq',
    );
  });
});

describe('words handed out for a pile-on', () => {
  it('reads a quotation the writer orders others to send as the writer’s own', () => {
    expect(
      keys(
        "Brigade reminder: every time Adeyemi-Clarke posts, reply 'go back where you came from'. Simple as.",
      ),
    ).toContain('racism');
    expect(abusive("Quote-tweet every single thing she posts with 'kill yourself'. Every one.")).toBe(true);
  });

  it('still sets aside what others are said to send', () => {
    expect(abusive("Every time she posts, they reply 'go back where you came from'. Disgusting.")).toBe(
      false,
    );
    expect(abusive("She gets replies saying 'kill yourself' every day.")).toBe(false);
  });

  it('tells campaigns of kindness and letters from attacks', () => {
    expect(
      abusive('Counter-campaign: flood her mentions with thank-yous. She sorted my mum’s carer’s allowance.'),
    ).toBe(false);
    expect(abusive('Flood her mentions with abuse until she quits.')).toBe(true);
    expect(
      abusive("Letter-writing evening, Tuesday 7pm. Let's bury her office in handwritten letters."),
    ).toBe(false);
    expect(keys("Let's bury her in the garden")).toContain('harm_incitement');
  });
});

describe('event notices', () => {
  it('does not read an invitation’s place and time as someone’s whereabouts', () => {
    for (const text of [
      'Salaan walaalayaal! Somali Independence Day celebration, 1 July, Millbeck Park, 2pm onwards. Bring the whole family.',
      "Someone's sprayed graffiti on the Millbeck mosque wall again. Volunteers cleaning it Saturday 9am, buckets provided.",
      'Stand Up To Hate will hold a peaceful welcome outside Ferris Lane mosque, Friday 12.30–2pm.',
    ])
      expect(abusive(text), text).toBe(false);
  });

  it('still finds a home address handed out', () => {
    expect(
      keys('Rukhsana Miah lives at 14 Tennyson Road, Lower Ashcombe. Go and make her feel welcome.'),
    ).toContain('doxxing');
  });
});

describe('the Gaza arguments', () => {
  it('finds the calls to attack', () => {
    expect(keys("Storm the synagogue, it's full of IDF reservists anyway.")).toContain('harm_incitement');
    expect(
      keys('Burn the mosque on Ferris Lane to the ground and see who turns up for prayers then.'),
    ).toContain('harm_incitement');
  });

  it('is not a protest called a legitimate target', () => {
    expect(
      abusive("The university's investments in arms manufacturers are a legitimate target for protest."),
    ).toBe(false);
  });
});
