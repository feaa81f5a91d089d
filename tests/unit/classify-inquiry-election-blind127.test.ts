import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * The grooming-gang arguments (blind127) and a general election's campaign and count (blind129),
 * missed or misread (2026-12-07, twenty-ninth session; the sentences paraphrase the misses,
 * tests/fixtures/classify/README.md), each beside the demands for inquiries and the gloating of an
 * election night a fair moderator would leave alone.
 */

describe('threats at an office holder picked out', () => {
  it('reads "the next councillor" as the one threatened', () => {
    expect(keys("I'll stab the next councillor who tells me there was no cover-up")).toContain('threat');
    expect(keys("I'm going to batter that minister when he turns up")).toContain('threat');
  });

  it('does not read a policy owned by them as the one threatened', () => {
    expect(abusive("I'm going to kill the minister's bill in committee")).toBe(false);
    expect(abusive("We'll beat the councillor at the ballot box in May")).toBe(false);
  });
});

describe('an election night', () => {
  it('finds the threats and calls to act of the count', () => {
    expect(
      keys('Storm the count. It is the only way to stop the fraud. Bring whatever you have got.'),
    ).toContain('harm_incitement');
    expect(keys("Julian lost his seat and now he's got no security. Good. Easier to get to him.")).toContain(
      'threat',
    );
  });

  it('reads a political obituary as a career', () => {
    expect(abusive("Fingers crossed we're reading Oliver Stanmore's political obituary by Friday.")).toBe(
      false,
    );
    expect(keys("Fingers crossed we're reading Oliver Stanmore's obituary by Friday.")).toContain(
      'harm_incitement',
    );
  });
});

describe('the grooming-gang arguments', () => {
  it('finds the racist and anti-LGBTQ+ smears', () => {
    expect(keys('Islam breeds rapists, simple as. And Cllr Baig wants more of them.')).toContain(
      'islamophobia',
    );
    expect(
      keys('Gay men cant help themselves around kids. That is why Marchetti voted against it.'),
    ).toContain('anti_lgbtq');
  });

  it('is not a demand for an inquiry', () => {
    expect(
      abusive(
        'The council ignored eleven warnings about the abuse of girls in Thornwick. We need a national inquiry and resignations.',
      ),
    ).toBe(false);
  });
});
