import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Identity abuse in coded words that blind61 showed the rules missing (2026-12-06, twenty-third
 * session; the sentences paraphrase its misses, tests/fixtures/classify/README.md), each beside the
 * opinion, report or greeting the same words make.
 */

describe('a gender or a marriage put in scare quotes', () => {
  it('finds "her \'wife\'", "his \\"husband\\"", a quoted "she" in a post about sex, a quoted "it"', () => {
    expect(keys("Cllr Jess Okafor and her 'wife'. Sorry, can't say it with a straight face.")).toContain(
      'anti_lgbtq',
    );
    expect(keys('did Oliver Pryce really have to bring his "husband" to the Remembrance service?')).toContain(
      'anti_lgbtq',
    );
    expect(
      keys(
        'Mr Penrose spent 40 years as a man and now \u201cshe\u201d knows what women need? Sit down, sir.',
      ),
    ).toContain('anti_lgbtq');
    expect(keys('"it" spoke at PMQs today. Still not sure what it is')).toContain('anti_lgbtq');
  });

  it('is not a quotation, a greeting or counter-speech', () => {
    expect(abusive("The minister said 'it' would be fixed by May")).toBe(false);
    expect(abusive("She said 'it was fine' but it wasn't, @CllrMarsh")).toBe(false);
    expect(abusive('Congratulations to Cllr Marchbank and her wife on their wedding!')).toBe(false);
    expect(abusive("She calls her wife 'the boss' and it's lovely")).toBe(false);
    expect(abusive("Calling her 'it' is vile and the MP deserves better")).toBe(false);
    expect(abusive('We all know who "he" is, @Minister, and he is not fit for office')).toBe(false);
  });
});

describe('a trait of identity with a sneer, about an office-holder', () => {
  it('finds loyalty tropes and contempt for a disability told about a named office', () => {
    expect(
      keys("Cllr Chen Wei probably reports straight back to Beijing. You can't trust them, it's cultural."),
    ).toContain('racism');
    expect(
      keys('Rootless cosmopolitans like Cllr Leah Bernstein. Funny how she never mentions Salford.'),
    ).toContain('antisemitism');
    expect(keys('You can take the MP out of the madrassa but you cannot. Funny how that works 🤔')).toContain(
      'islamophobia',
    );
    expect(keys('Dyslexic MP writes to constituents. You could not make it up.')).toContain('ableism');
  });

  it('is not an opinion on the same subjects', () => {
    expect(
      abusive('Funny how the Home Secretary found money for asylum hotels but not for our schools 🤔'),
    ).toBe(false);
    expect(abusive('The Board of Deputies has criticised the MP for Hendon over the arms vote')).toBe(false);
    expect(abusive('The minister was born in Luton and has represented it for twenty years')).toBe(false);
  });
});

describe('coded contempt that needs no sneer beside it', () => {
  it('finds "rootless cosmopolitans", "jungle drums", "marry their dogs" about an office-holder', () => {
    expect(
      keys('Rootless cosmopolitans like Cllr Leah Bernstein have zero connection to Salford.'),
    ).toContain('antisemitism');
    expect(keys("Lovely to hear the jungle drums out for @KwameDarkoMP's campaign launch")).toContain(
      'racism',
    );
    expect(
      keys('First gay marriage, now the member for Hove wants to let people marry their dogs?'),
    ).toContain('anti_lgbtq');
  });

  it("is not a Jewish writer's joke or a news story", () => {
    expect(abusive('@CllrGold We Jews are NEVER out to get you goyim! Happy Hanukkah 🕎')).toBe(false);
    expect(abusive('Police say the man had three wives, @HomeOfficeMinister confirms an inquiry')).toBe(
      false,
    );
  });
});
