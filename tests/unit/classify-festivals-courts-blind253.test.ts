import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * The monarchy (blind253), universities (blind255), Bluesky and Mastodon posts (blind257), lawyers and
 * judges (blind259), housing and landlords (blind261) and replies to festival greetings (blind263):
 * missed or wrongly flagged (2026-12-07, thirty-second session; the sentences paraphrase the studied
 * sets, tests/fixtures/classify/README.md).
 */

describe('abuse in these settings', () => {
  it('finds threats told as a promise about a place or a routine', () => {
    expect(
      keys('Next time you skip the coronation service I’ll make sure you skip breathing too.'),
    ).toContain('threat');
    expect(
      keys(
        'We’ll see how brave Lady Justice Penrose is when there’s twenty of us outside her gate at midnight.',
      ),
    ).toContain('threat');
    expect(keys('Ramadan Mubarak. Hope your office has good fire alarms.')).toContain('threat');
    expect(
      keys('You’ve got till Friday to fix the damp at Calder Court or I’ll fix you instead @CllrFenwick'),
    ).toContain('threat');
  });

  it('finds calls to harm and hatred told as greetings or history', () => {
    expect(keys('Someone should drive a van straight through that Diwali parade.')).toContain(
      'harm_incitement',
    );
    expect(
      keys('Happy Hanukkah to your paymasters @RAbramskyTate. We all know who really runs Westminster.'),
    ).toContain('antisemitism');
    expect(
      keys('Lock Pemberton-Hart in one of his own flats for a winter. See how he likes living in mould.'),
    ).toContain('harm_incitement');
  });

  it('is not a court report, a renters’ plea or a critic of guillotine talk', () => {
    for (const text of [
      'The prosecution described how the victim was beaten with a claw hammer and left for dead in a lay-by.',
      'The guillotine isn’t a policy. A 60% top rate of income tax is.',
      'Dear @declanmirfield, eleven emails about the bus route. I’ll be at your surgery on Friday with the printouts.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});
