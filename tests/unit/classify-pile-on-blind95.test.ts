import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * A pile-on after a divisive decision, as its replies put it: abuse of every kind in the campaign's
 * own words, that the rules missed in blind95 (2026-12-06, twenty-seventh session; the sentences
 * paraphrase the misses, tests/fixtures/classify/README.md), each beside the harmless post the same
 * words make.
 */

describe('told to go back', () => {
  it('finds "should be sent back to…", "go back to the Punjab"', () => {
    expect(keys('she should be sent back to nigeria, let her close wards there')).toContain('racism');
    expect(keys('sunita should go back to the punjab, nobody here voted for her')).toContain('racism');
  });

  it('is not money sent back, or someone going back to a region', () => {
    expect(abusive('He sent back to Nigeria the money he owed his brother')).toBe(false);
    expect(abusive('the minister goes back to the Punjab next week for the trade talks')).toBe(false);
  });
});

describe("the campaign's stock phrases", () => {
  it('finds the tree, the paymasters, the ummah, the rainbow cult, "given you the vote"', () => {
    expect(keys("@CllrOkon looks like she's just come down from a tree")).toContain('racism');
    expect(keys('Rosen and his Rothschild paymasters. Same as it ever was. #TraitorMP')).toContain(
      'antisemitism',
    );
    expect(keys('every muslim MP puts the ummah before Britain')).toContain('islamophobia');
    expect(keys('gay MP backing trans lunacy. the rainbow cult always protect their own')).toContain(
      'anti_lgbtq',
    );
    expect(keys("ladies, this is why we shouldn't have given you the vote 🙄 #SackHer")).toContain(
      'misogyny',
    );
    expect(keys("wonder how many kids she has 'affirmed' into mutilation this week")).toContain('anti_lgbtq');
  });

  it('finds the calls to act', () => {
    expect(keys('Every MP who voted for it should be dragged out. #TraitorMP')).toContain('harm_incitement');
    expect(keys("Get down to Rosen's office and make him scared to come to work")).toContain(
      'harm_incitement',
    );
    expect(keys('Farooq you had better hope your security detail never takes a day off')).toContain('threat');
    expect(keys('@CllrPriya we know where the surgery is. saturday 10am isnt it')).toContain('threat');
  });

  it('is not a call to write, or a fact-check quoting the slur', () => {
    expect(
      abusive('Every MP who voted for it should be voted out. Write to yours tonight. #SaveTheWard'),
    ).toBe(false);
    expect(
      abusive(
        "Screenshots of the '(((Rosen)))' replies are doing the rounds. Every one should be reported to the police.",
      ),
    ).toBe(false);
    expect(abusive('stop tagging her kids school. seriously. someone is going to get hurt')).toBe(false);
  });
});
