import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Festival greetings (blind409) and looks and photos (blind411), thirty-fifth session: the sentences
 * paraphrase the studied sets (tests/fixtures/classify/README.md).
 */

describe('an insult called out with "you" after a negation', () => {
  it('is not excused by a negation earlier in the clause', () => {
    expect(keys("Stick your leaflets where the sun doesn't shine you prick")).toContain('personal_insult');
    // …while a denied insult stays denied.
    expect(abusive("You're not a prick, just wrong on the bypass")).toBe(false);
  });
});
