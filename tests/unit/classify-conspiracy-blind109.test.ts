import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Threats and calls for harm from the conspiracy movements ("Nuremberg 2.0", "notices of liability",
 * LTN and ULEZ anger) that the rules missed in blind109 (2026-12-07, twenty-eighth session; the
 * sentences paraphrase the misses, tests/fixtures/classify/README.md), each beside the angry but
 * lawful criticism the same words make.
 */

describe('trials, gallows and citizens’ arrests promised', () => {
  it('finds "treason = death", "answer with their necks", arrest "with whatever force is necessary"', () => {
    expect(keys('When the tribunals come, Pellow, remember: treason = death.')).toContain('threat');
    expect(keys('Every councillor on that committee will answer with their necks')).toContain('threat');
    expect(
      keys(
        'Failure to respond means you consent to lawful arrest by the people with whatever force is necessary.',
      ),
    ).toContain('threat');
    expect(
      keys("Bringing cable ties and a few lads to full council. If she resists that's on her."),
    ).toContain('threat');
  });

  it('is not a demand for an inquiry, a court case or an election', () => {
    expect(
      abusive('They should be held accountable in court for the procurement scandal. Public inquiry now.'),
    ).toBe(false);
    expect(
      abusive('Your time is up, Quayle. Polls have you 20 points behind. Enjoy your last year as an MP'),
    ).toBe(false);
  });
});

describe('attacks on cameras turned on people', () => {
  it('finds "now do the councillors", "a legitimate target", "should have finished the job"', () => {
    expect(keys('4 cameras down this week 💪 Now do the councillors. Same tools work.')).toContain(
      'harm_incitement',
    );
    expect(keys('Anyone on the Highways team is a legitimate target now')).toContain('harm_incitement');
    expect(keys('the man who tried to citizen-arrest him should have finished the job')).toContain(
      'harm_incitement',
    );
  });

  it('is not anger at the cameras alone', () => {
    expect(
      abusive('The ULEZ cameras on Brackenmoor Road are a cash grab. Scrap them and refund the fines.'),
    ).toBe(false);
  });
});

describe('globalist coding', () => {
  it('finds "rootless globalist", "a foreign tribe", "Hollywood and the banks"', () => {
    expect(keys('A rootless globalist through and through, loyal to a foreign tribe')).toContain(
      'antisemitism',
    );
    expect(keys('the same people who control Hollywood and the banks')).toContain('antisemitism');
  });
});
