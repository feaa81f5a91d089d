import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Defence and veterans (blind437), prisons (blind439), childcare (blind441) and water and sewage
 * (blind445), thirty-sixth session: the sentences paraphrase the studied sets
 * (tests/fixtures/classify/README.md).
 */

describe('predictions about policies, and wishes to watch a slap', () => {
  it('reads "Mark my words." after a prediction about a policy as a prediction', () => {
    expect(
      abusive('The minimum service law is a death sentence for industrial relations. Mark my words.'),
    ).toBe(false);
    // …while one after words to a person stays menace.
    expect(
      abusive(
        "Rhys you've already lost the wife. Keep pushing this bill and you'll lose a lot more than that. Watch yourself.",
      ),
    ).toBe(true);
  });

  it('reads a policy that will "kill every pub" as a figure of speech', () => {
    expect(abusive('this bill will kill every pub in Coldmoor and Pennington voted for it')).toBe(false);
  });

  it('reads a wish to watch someone slapped, or to suffer a miscarriage, as a wish for harm', () => {
    expect(keys("RT if you'd pay to watch Priya get slapped. I'd pay double.")).toContain('harm_incitement');
    expect(keys("hope she has a miscarriage. then she'll understand")).toContain('harm_incitement');
    // …not a hope that she recovers from one.
    expect(abusive('I hope she recovers well after the miscarriage, nobody should go through that')).toBe(
      false,
    );
  });
});
