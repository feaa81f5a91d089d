import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * The fights over ULEZ, traffic cameras, pylons and the farmers' protests, missed or misread in
 * blind123, and abuse dressed as a joke, missed in blind125 (2026-12-07, twenty-ninth session; the
 * sentences paraphrase the misses, tests/fixtures/classify/README.md), each beside the angry
 * criticism, police appeals and satire a fair moderator would leave alone.
 */

describe('from the cameras to the councillors', () => {
  it('finds violence moved from property to people', () => {
    expect(keys('First the cameras, then the councillors. You know who you are.')).toContain('threat');
    expect(keys('The blade runners are done with poles. Councillors bleed same as anyone.')).toContain(
      'threat',
    );
    expect(keys('Forget the cameras lads, go for the ones who voted for them.')).toContain('harm_incitement');
  });

  it('does not read the blade runners, a police appeal or a helpline as a threat', () => {
    expect(
      abusive(
        'Another camera down on the A21 this week. Whatever you think of the blade runners, the council needs to ask why.',
      ),
    ).toBe(false);
    expect(
      abusive(
        'Police appeal: a survey van was set alight near Fenmoor on Tuesday night. Nobody was hurt. Please get in touch.',
      ),
    ).toBe(false);
    expect(
      abusive(
        "The farmers' helpline is open every night. If this week has got to you, please ring. You're not on your own.",
      ),
    ).toBe(false);
  });
});

describe('abuse told as a joke', () => {
  it('finds "the only good Tory is a dead Tory" whatever the group', () => {
    expect(keys('Real talk, the only good Tory is a dead Tory. #joke')).toContain('harm_incitement');
    expect(keys('the only good MPs are dead ones lol')).toContain('harm_incitement');
  });

  it('is not the slogan condemned, or "the only good thing"', () => {
    expect(abusive("Saying 'the only good Tory is a dead Tory' is vile and it has to stop")).toBe(false);
    expect(abusive("The only good thing about this budget is that it's dead on arrival")).toBe(false);
  });

  it('reads an order to pass an insult on, and a piece of scum', () => {
    expect(keys("Someone tell the old hag she's past it")).toContain('misogyny');
    expect(keys('Priya Hollowell is a vile, lying, two-faced piece of scum.')).toContain('personal_insult');
  });
});
