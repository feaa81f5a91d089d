import { describe, expect, it } from 'vitest';
import { abusive, keys, rules } from './classifyProbe';

/**
 * Sexualised abuse and misogyny told in innuendo rather than slurs (rules/sexualCues.ts,
 * rules/misogynyCues.ts), next to the solidarity, health campaigns, court news and policy debate
 * that use the same words. The sentences paraphrase the studied sets' misses
 * (tests/fixtures/classify/README.md).
 */

describe('sexualised abuse told in cues', () => {
  it('a leer, a bed or undressing with a second sign; sex told plainly alone', () => {
    expect(
      rules('Lovely legs on the Minister today. Shame they are not wrapped round me 😏', 'sexualised:cue-'),
    ).toEqual(['sexualised:cue-body', 'sexualised:cue-wink']);
    expect(keys('Would genuinely pay to watch Nadia Hussain deliver the Budget in her lingerie.')).toContain(
      'sexualised',
    );
    expect(abusive('Imagine getting Fiona McAllister in a hotel room after a long day of votes 😏')).toBe(
      true,
    );
    expect(
      abusive('Everyone knows Ellie Thornbury slept her way onto the shortlist for Kettleford East.'),
    ).toBe(true);
    // A constituency surgery is not a health topic.
    expect(
      abusive('Dear Ms Okonjo, would you consider a private surgery at mine? Dress code optional 😏'),
    ).toBe(true);
    // "you can tell she's …" is the writer's claim, not a report of someone else's words.
    expect(abusive("Och Kirsty Maclean, you can tell she's gagging for it.")).toBe(true);
  });

  it('health, energy bills, self-description and figures of speech are not sexualised', () => {
    expect(
      abusive('Pensioners in Wrenfield are sitting with the lights off, Minister. Fund the grant.'),
    ).toBe(false);
    expect(
      abusive('Book your breast cancer screening, ladies. Cllr Prothero had hers today 💪 no excuses'),
    ).toBe(false);
    expect(abusive('Labour took a spanking at the polls in Kettleford, @GemmaFeatherstoneMP 😏')).toBe(false);
    expect(abusive('A spanking new clinic for Tollerby, opened by Cllr Dunmore this morning 😉')).toBe(false);
  });
});

describe('misogyny told in cues', () => {
  it('two signs together: a pet name, home, hormones, unfit, shush', () => {
    expect(rules('Sweetheart, the grown-ups are talking. Sit down. @AmaraNwosuMP', 'misogyny:cue-')).toEqual([
      'misogyny:cue-pet-name',
      'misogyny:cue-shush',
      'misogyny:cue-unfit',
    ]);
    expect(
      abusive('Must be PMS, sweetheart. Only explanation for Cllr Prothero voting for the bin changes'),
    ).toBe(true);
    expect(
      abusive('Cllr Dobbs should be at home knitting, not chairing the licensing committee. Shrill.'),
    ).toBe(true);
  });

  it('one sign alone, support and policy are not misogyny', () => {
    expect(abusive("Tom Eckersley's speech on the mill closures had grown men in tears.")).toBe(false);
    expect(abusive('Cllr Rawal, the darling of the Tollerby Players, opens their panto on Thursday!')).toBe(
      false,
    );
    // The feminist slogan is not the sneer it answers.
    expect(abusive('A woman’s place is in the House of Commons. Good luck Cllr Rawal on Thursday!')).toBe(
      false,
    );
    expect(abusive("A woman's place is in the kitchen, Cllr Rawal.")).toBe(true);
    expect(
      abusive(
        'Cllr Rawal is right: the menopause support policy for council staff is long overdue. Sit down and read it.',
      ),
    ).toBe(false);
  });
});
