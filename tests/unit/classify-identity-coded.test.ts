import { describe, expect, it } from 'vitest';
import { abusive, keys, rules } from './classifyProbe';

/**
 * Coded identity contempt from the nineteenth session's word lists (tests/fixtures/classify/README.md,
 * blind47), next to the solidarity that quotes it and the criticism of the same politicians' records.
 */
describe('coded identity abuse', () => {
  it('dog whistles in the word lists are tagged with their category', () => {
    expect(
      keys('@KofiMensahMP do you consider yourself British or do you just hold a British passport?'),
    ).toContain('racism');
    expect(
      keys("Cllr Ruth Abrams' first loyalty is to Tel Aviv, and Marsden comes a distant second."),
    ).toContain('antisemitism');
    expect(keys("Bilal Hussain's whole career is taqiyya. Look it up.")).toContain('islamophobia');
    expect(keys('A man in a wig now chairs the women and equalities committee. #RobynHale')).toContain(
      'anti_lgbtq',
    );
    expect(keys('Special needs MP for a special needs party. Well done, Aldermoor.')).toContain('ableism');
  });

  it('a trait of who the person is with a sneer: the reader is left to draw the conclusion', () => {
    expect(
      rules(
        "Funny how Cllr Ngozi Adeyemi's accent gets thicker whenever the questions get hard.",
        'identity:cue-',
      ),
    ).toEqual(['identity:cue-sneer', 'identity:cue-trait']);
    expect(
      keys("Funny how Cllr Ngozi Adeyemi's accent gets thicker whenever the questions get hard."),
    ).toContain('racism');
    expect(keys('Tariq Hussain MP and his mosque friends, your lot always stick together.')).toContain(
      'islamophobia',
    );
    // A name the lists do not know, with "she" to say it is about a person.
    expect(
      keys("Ife's accent gets thicker every time she's asked a hard question. Very convenient."),
    ).toContain('racism');
    // A trait alone, a sneer alone, a figure of speech or a policy are not enough.
    expect(abusive('Great to see Cllr Ngozi Adeyemi opening the new ramp at the library on Saturday.')).toBe(
      false,
    );
    expect(abusive('Funny how Tariq Hussain MP found the money for bypasses but not for buses.')).toBe(false);
    expect(
      abusive(
        'Funny how Deputy Leader Anna Cole is so tone deaf about the cost of living. Oh wait, she owns three houses.',
      ),
    ).toBe(false);
  });

  it('the same words quoted to condemn them, and criticism of a record, are not abuse', () => {
    expect(
      abusive(
        'Being asked "do you consider yourself British" by a stranger at my own surgery is exhausting. Yes. Always.',
      ),
    ).toBe(false);
    expect(
      abusive('Bilal Hussain voted for the welfare cap and then campaigned against it. Pick a side, Bilal.'),
    ).toBe(false);
  });
});
