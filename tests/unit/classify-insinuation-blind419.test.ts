import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * NHS dentists and GPs (blind419), Holyrood and the Senedd (blind421) and students and campuses
 * (blind423), thirty-sixth session: the sentences paraphrase the studied sets
 * (tests/fixtures/classify/README.md).
 */

describe('disowned calls to harm, careers ruled out, and abscesses', () => {
  it('reads "not saying … but" and "not saying … just saying" across sentences as insinuation', () => {
    expect(
      keys(
        "I'm not saying someone should torch his office in Dalmore. I'm just saying I wouldn't ring the fire brigade",
      ),
    ).toContain('harm_incitement');
    // …while a plain disowning stays a denial.
    expect(abusive("I'm not saying someone should torch his office. That would be mad.")).toBe(false);
  });

  it('reads "not politically" after a beating as ruling out the career', () => {
    expect(keys('Somebody needs to give Feldmann a proper kicking. Not politically. Physically.')).toContain(
      'harm_incitement',
    );
    // …while "politically" alone still makes it a contest.
    expect(
      abusive('Somebody needs to give Feldmann a proper kicking politically at the next election.'),
    ).toBe(false);
  });

  it('reads a wished abscess as harm', () => {
    expect(keys('I genuinely hope Whitlock gets an abscess and no dentist for two years')).toContain(
      'harm_incitement',
    );
  });
});
