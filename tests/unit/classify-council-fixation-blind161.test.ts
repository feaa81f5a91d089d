import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Councillors' everyday business (blind161), fixated and obsessive messages (blind163) and "traitor"
 * rhetoric (blind165), missed or wrongly flagged (2026-12-07, thirtieth session; the sentences
 * paraphrase the studied sets, tests/fixtures/classify/README.md).
 */

describe('harm celebrated in advance', () => {
  it('reads "better off if someone shot…" as a wish', () => {
    expect(keys('Honestly the country would be better off if someone just shot the Speaker.')).toContain(
      'harm_incitement',
    );
  });

  it('is not a wish for a challenger or a defeat', () => {
    expect(abusive("We'd be better off if someone challenged the leader")).toBe(false);
    expect(abusive('Things will be better when someone beats Pellow at the ballot box')).toBe(false);
  });

  it('finds a push under a train described by one word', () => {
    expect(keys('Hope somebody pushes Quill under a Tube train. Genuinely.')).toContain('harm_incitement');
  });
});

describe('fixated messages and traitor threats', () => {
  it('finds the stalker’s threats', () => {
    expect(
      keys(
        "Cllr Marsh you think the police can protect you? They can't sit outside your house every night. I can.",
      ),
    ).toContain('threat');
    expect(
      keys("I gave you my heart and you gave me a form letter. I'm going to make you bleed like I've bled."),
    ).toContain('threat');
    expect(keys('We know where traitors live @DomFairweather. Brackenford isn’t that big a town.')).toContain(
      'threat',
    );
  });

  it('is not persistence or the word "betrayal"', () => {
    expect(
      abusive("Persistent constituent here: fifth email about my mum's damp flat. Please reply this week."),
    ).toBe(false);
    expect(
      abusive("Fiona Strachan's vote was a betrayal of every voter in Kilbrannan. History will judge her."),
    ).toBe(false);
  });
});

describe('council notices and complaints', () => {
  it('does not read a service’s number or a neglected road as abuse', () => {
    expect(
      abusive(
        'For those asking: bulky waste collection is £25 for up to 3 items, book online or ring 01632 960200.',
      ),
    ).toBe(false);
    expect(
      abusive(
        "Why is Mill Road resurfaced every two years while Fenwick Lane hasn't been touched since the 90s?",
      ),
    ).toBe(false);
  });
});
