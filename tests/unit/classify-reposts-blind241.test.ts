import { describe, expect, it } from 'vitest';
import { quotedLines } from '../../electron/classify/quotedLines';
import { abusive, keys } from './classifyProbe';

/**
 * Quote-posts and reposts (blind241), manosphere language (blind243), road and drill slang (blind245),
 * voice-typed posts (blind247), abuse from the left (blind249) and replies to women MPs who campaign on
 * violence against women (blind251): missed or wrongly flagged (2026-12-07, thirty-second session; the
 * sentences paraphrase the studied sets, tests/fixtures/classify/README.md).
 */

describe('reposts with a comment', () => {
  it('are someone else’s words when the comment reports or condemns them', () => {
    for (const text of [
      'Reporting this and I’d urge everyone else to as well.\n\nRT @angryfenman: someone needs to pay Carrow a visit at home and make him understand.',
      'RT @DomCarrowMP: These protesters are vermin and should be hosed off the streets.\n\nAn elected MP calling pensioners ‘vermin’. Write to the whips.',
      'Please report @alpha_ashgrove. Hundreds of posts like this.\n\nQT @alpha_ashgrove: Women MPs are useless. Every single one should be sent home.',
    ])
      expect(abusive(text), text).toBe(false);
  });

  it('still count when the comment agrees, or when there is no comment', () => {
    expect(
      abusive(
        'this 👆\n\nRT @angryfenman: someone needs to pay Carrow a visit at home and make him understand.',
      ),
    ).toBe(true);
    expect(abusive('RT @x: someone needs to pay Carrow a visit at home and make him understand.')).toBe(true);
  });

  it('run from the repost mark to the next blank line', () => {
    expect(quotedLines('Reporting this.\n\nRT @a: pay him a visit\nat home')).toEqual([[17, 47]]);
    // A retweet that runs over two lines has no comment of the writer's in it.
    expect(quotedLines('RT @x: These people\n& i hate advice')).toEqual([]);
  });
});

describe('threats as these settings write them', () => {
  it('takes "not joking" as making the threat surer, not denying it', () => {
    expect(keys('bruv I’m not even joking I will stab Pellow if he comes round here again')).toContain(
      'threat',
    );
    expect(abusive('I will not stab him, obviously')).toBe(false);
  });

  it('reads menace told as care or as a learnt routine', () => {
    expect(
      keys('Be careful out there Deborah. Dark nights drawing in and your office has a lonely car park.'),
    ).toContain('threat');
    expect(keys('Nice blue door. Ashgrove’s house ain’t that hard to find. Soon come.')).toContain('threat');
  });

  it('reads slang, voice typing and the left’s death wishes', () => {
    expect(keys('Ashgrove you’re an opp now. Opps get smoked. End of.')).toContain('threat');
    expect(keys('whoever sees imran at the station give him a shove under the train please')).toContain(
      'harm_incitement',
    );
    expect(keys('Tory donors deserve the 1793 treatment. Heads in baskets, the lot of them.')).toContain(
      'harm_incitement',
    );
    expect(keys('Can someone please just run this woman over')).toContain('harm_incitement');
  });

  it('is not a policy slogan, a men’s-issues post or a quoted guillotine joke', () => {
    for (const text of [
      'The guillotine isn’t a policy. A 60% top rate of income tax is. Let’s talk about that instead.',
      'If you’re a man reading this and struggling, please ring someone. Samaritans are there day and night.',
      'Three years fighting for contact. To every dad still in it: don’t give up, keep a diary.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});

describe('intimidation cues', () => {
  it('count a person clocked or noticed at a time and place', () => {
    expect(keys('Clocked you at the station on Friday, @JaneMP.')).toContain('threat');
    expect(keys('Noticed you leave the office at six every night @JaneMP')).toContain('threat');
    expect(abusive('Clocked your new haircut at the hustings, looks great!')).toBe(false);
  });
});
