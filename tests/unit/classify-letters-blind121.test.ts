import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Long letters and contact-form messages to MPs and councillors, pasted in as posts, missed or
 * misread in blind121 (2026-12-07, twenty-ninth session; the sentences paraphrase the misses,
 * tests/fixtures/classify/README.md): a grievance told at length with the threat once, often in the
 * last line, beside furious letters that threaten only votes, the press and the ombudsman.
 */

describe('letters that end in a veiled threat', () => {
  it('finds the threat told politely', () => {
    expect(
      keys(
        'Dear Mr Ross, I have written six times about the bypass. You have a son at college, I believe. ' +
          "You'll want to check under your car before you drive anywhere for a while.",
      ),
    ).toContain('threat');
    expect(
      keys(
        'Dear Cllr Amis, I run the bakery on Mill Street and your roadworks have ruined me. ' +
          "I've got a lot of mates and they're not all as nice as me. Glass breaks easy. So do people.",
      ),
    ).toContain('threat');
    expect(
      keys(
        'Mr Hale, my mother waited nine hours for an ambulance. I hold you personally responsible. ' +
          "I am going to deal with you myself, in my own time, and you won't know when.",
      ),
    ).toContain('threat');
  });

  it('finds the call to others at the end of a complaint', () => {
    expect(
      keys(
        'Sir Anthony voted against every measure to save the steelworks. I hope someone puts him in the ground. ' +
          'Repost this till it reaches someone who will actually do it.',
      ),
    ).toContain('harm_incitement');
  });
});

describe('letters that are angry, grateful or worried, not abusive', () => {
  it('does not read "Dear Ms …" as a pet name', () => {
    expect(
      abusive(
        'Dear Ms Okonjo,\nWhen you read out the statistics for our area I had to stop and sit down. That was my brother exactly. Thank you for saying it.\nWith gratitude,\nCarl',
      ),
    ).toBe(false);
    expect(keys('Sit down, dear, and let the grown-ups talk')).toContain('misogyny');
  });

  it('does not read "the end of my rope" as a weapon, or "on Monday alone" as someone alone', () => {
    expect(
      abusive(
        'Dear Ms Adeyemi, when I wrote in March I was at the end of my rope. Your caseworker, Priya, phoned me the next day. ' +
          'I did not vote for you last time. I will next time.',
      ),
    ).toBe(false);
    expect(
      abusive(
        'Dear Mr Ibbotson, another 400 people arrived by small boat on Monday alone. Your government promised control. ' +
          'If the answer is supporting the minister, I will be supporting someone else at the next election, and so will your voters.',
      ),
    ).toBe(false);
  });
});
