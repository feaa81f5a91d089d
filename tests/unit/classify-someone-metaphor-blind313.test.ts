import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Scottish independence (blind313), assisted dying (blind315), talk-radio phone-ins (blind317), betting
 * talk (blind319), climate (blind321), leaked group chats (blind323), Northern Ireland (blind325) and
 * sarcasm (blind327): threats and calls these sets showed missing (2026-12-07, thirty-fourth session;
 * the sentences paraphrase the studied sets, tests/fixtures/classify/README.md).
 */

describe('threats and calls for harm in shapes the rules did not read', () => {
  it('reads harm wanted done "for somebody to" do, to a few of them too', () => {
    expect(keys('The only answer is for somebody to shoot a couple of ministers.')).toContain(
      'harm_incitement',
    );
    expect(keys('only fix left is for someone to stab him')).toContain('harm_incitement');
  });

  it('reads a threat to "that" named person', () => {
    expect(keys('Gonnae batter that Strachan if I see him at the count')).toContain('threat');
    // …but not "that" bill.
    expect(abusive('I am going to kill that Bill in committee')).toBe(false);
  });

  it('reads a beating "off me" and a Scots "doing" as a promise', () => {
    expect(keys('Tip of the day: Pellow gets a kicking off me next time he canvasses our street.')).toContain(
      'threat',
    );
    expect(keys('Next time she turns up in Largs she is getting a doing.')).toContain('threat');
  });

  it('does not let "not metaphorically" excuse a threat', () => {
    expect(keys('I am going to kill Pellow. Not metaphorically.')).toContain('threat');
    expect(abusive('I could kill Pellow, metaphorically, for that budget')).toBe(false);
  });
});
