import { describe, expect, it } from 'vitest';
import { abusive, keys, rules } from './classifyProbe';

/**
 * Gaming chat (blind265), deaths of former politicians (blind267), parenting forums (blind269), regional
 * dialects (blind271), the Budget (blind273) and welfare cuts (blind275): missed or wrongly flagged
 * (2026-12-07, thirty-third session; the sentences paraphrase the studied sets,
 * tests/fixtures/classify/README.md).
 */

describe('self-harm urged in the forms the modal rule does not read', () => {
  it('finds an order to pass it on, wherever "someone" stands', () => {
    expect(
      rules('Farrant joined our server lol someone tell him to kill himself in vc', 'self_harm:'),
    ).toContain('self_harm:tell-to-kill');
    expect(rules('Tell her to go and hang herself.', 'self_harm:')).not.toHaveLength(0);
  });

  it('finds what the person should have done, and impatience that they have not', () => {
    expect(
      rules('Idris you should’ve drowned yourself in that canal when you had the chance', 'self_harm:'),
    ).toContain('self_harm:should-have');
    expect(rules('Honestly curious why you haven’t killed yourself yet @CllrPardoe', 'self_harm:')).toContain(
      'self_harm:not-yet',
    );
    expect(rules('imagine being Tessa Marlow and not having killed yourself yet', 'self_harm:')).toContain(
      'self_harm:not-yet',
    );
    expect(keys('Men like you should just neck yourselves, Pardoe')).toContain('self_harm');
  });

  it('is not a report, a plea or a figure of speech', () => {
    for (const text of [
      'You’re allowed to be angry. You’re not allowed to tell her to kill herself.',
      'Reported every account telling Cllr Moss to kill herself. Please do the same.',
      'Why hasn’t he shot himself in the foot yet with this policy? Give it a week.',
      'He should have hanged himself out to dry with that answer, and somehow didn’t.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});

describe('orders to someone and dialect', () => {
  it('reads "someone" before an order to push a person down the stairs', () => {
    expect(keys('Someone push Harriet Vane down the stairs at the Treasury please.')).toContain(
      'harm_incitement',
    );
  });

  it('reads Scots spellings as their words', () => {
    expect(keys('Ye should take a long walk aff a short pier, Dougie. Dae it.')).toContain('self_harm');
    expect(keys('ah’m gonna tan yer heid in @CllrRossGrant. wait n see')).toContain('threat');
    expect(keys('Gonnae no, Drummond. Ye cannae even run a bath, ya numpty.')).not.toContain('threat');
  });
});
