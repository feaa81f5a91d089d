import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../electron/classify';

/**
 * Calls for harm whose person and harm sit apart (rules/callToHarm.ts), written from the threats and
 * incitement EDOS's annotators marked in its training split, against the figures of speech, contests,
 * negations and reported views that share their words. Rules only, independent of the trained weights.
 */
const rules = createClassifier({ model: null });
const rulesOf = (text: string): string[] =>
  rules.classify(text).categories.flatMap((l) => (l.features ?? []).map((f) => f.feature));
const incites = (text: string): boolean =>
  rules.classify(text).categories.some((l) => l.key === 'harm_incitement');
const abusive = (text: string): boolean => rules.classify(text).abusive;

describe('calls for harm with words between the person and the harm', () => {
  it('a person, then "should / ought to / deserves to" and the harm, however far apart', () => {
    expect(incites('she is a traitor & should be killed on site.')).toBe(true);
    expect(incites('Sunak ought to be hanged for this')).toBe(true);
    expect(incites('Traitors like her should all be publicly hanged')).toBe(true);
    expect(incites('Hillary needs either to be put in prison or executed')).toBe(true);
    expect(incites('that woman deserves to be whipped')).toBe(true);
    expect(rulesOf('Sunak ought to be hanged for this')).toContain('harm:call-hanged');
  });

  it('the British gerund and the deserved harm: "wants hanging", "deserves an acid attack"', () => {
    expect(incites('He wants hanging')).toBe(true);
    expect(incites('You deserve an acid attack.')).toBe(true);
    expect(incites('I agree, she deserves the death sentence.')).toBe(true);
  });

  it('an order to harm someone, and a call with an active verb', () => {
    expect(incites('Please shoot her, she is also very cringe worthy')).toBe(true);
    expect(incites('Just kill him.')).toBe(true);
    expect(incites('Punch her in the head and then walk off')).toBe(true);
    expect(incites('You should punch him in the face next time you see him')).toBe(true);
    expect(rulesOf('Please shoot her, she is also very cringe worthy')).toContain('harm:order-shoot');
  });

  it('policies, contests and figures of speech are not people harmed', () => {
    expect(abusive('The bill should be killed in committee')).toBe(false);
    expect(abusive('her plan deserves to be shot down')).toBe(false);
    expect(abusive('Labour should be beaten at the next election')).toBe(false);
    expect(abusive('He deserves to be beaten at the polls')).toBe(false);
    expect(abusive('Our MP needs kicking out. At the ballot box. Obviously.')).toBe(false);
    expect(abusive('He wants shooting down in flames at the selection meeting')).toBe(false);
    expect(abusive('she should be hung out to dry by her own party')).toBe(false);
    expect(abusive('The policy needs killing off')).toBe(false);
    expect(abusive('He needs a hiding to nothing')).toBe(false);
    expect(abusive('Shoot him a message if you want the details')).toBe(false);
    expect(abusive('Kill them with kindness')).toBe(false);
    expect(abusive('Burn them at the ballot box')).toBe(false);
    expect(abusive('Labour must kill this bill')).toBe(false);
    expect(abusive('We need to beat them at the ballot box')).toBe(false);
  });

  it('negations, conditions, the writer, hashtags and views reported are not calls', () => {
    expect(abusive('Nobody should be killed for what they say')).toBe(false);
    expect(abusive('She should never be attacked like this')).toBe(false);
    expect(abusive("You don't need to punch him to win the argument")).toBe(false);
    expect(incites('Meanwhile you think women should be killed for having standards.')).toBe(false);
    expect(incites('Mrs May is the reason that she wants to kill them in Syria')).toBe(false);
    expect(incites('#Rape Culture: Prominent Conservatives Rush to the Defense of the judge')).toBe(false);
    expect(incites('Women should be paid the same')).toBe(false);
    expect(incites('She deserves a knighthood')).toBe(false);
  });

  it('self-harm urged on the person, and a wish that someone does the harm', () => {
    const selfHarm = (text: string) => rules.classify(text).categories.some((l) => l.key === 'self_harm');
    expect(selfHarm('She should just choke herself. I would watch that')).toBe(true);
    expect(rulesOf('She should just choke herself.')).toContain('self_harm:told-to-choke');
    expect(abusive('He should hang himself out to dry with that policy')).toBe(false);
    expect(abusive('She should shoot herself in the foot less often')).toBe(false);
    expect(incites("Hope it's true, & they execute her in public.")).toBe(true);
    expect(rulesOf("Hope it's true, & they execute her in public.")).toContain('harm:wish-to-execute');
    expect(abusive('I hope they execute the plan well')).toBe(false);
    expect(abusive('I hope she kills it at the debate tonight')).toBe(false);
    expect(abusive("I hope they don't kill him off in the next series")).toBe(false);
  });

  it('everyday idioms that share the words of a threat are not threats (EDOS and OLID posts)', () => {
    expect(abusive('I had to cut her off and tell her I was taking it slow.')).toBe(false);
    expect(abusive('Tell her you want to take her out on a date')).toBe(false);
    expect(abusive("It doesn't matter that you did not get her number.")).toBe(false);
    expect(abusive('Honestly I would pay it just to get her to do it')).toBe(false);
    expect(abusive('she soaked the veggies in a bleach solution to kill all harmful bacteria')).toBe(false);
    expect(abusive('I predict Joe will brow beat her into self flagellation.')).toBe(false);
    expect(abusive('How about you position yourself next to her, and speak up?')).toBe(false);
    expect(abusive("Any news on what u will do next? I'll miss you")).toBe(false);
    expect(abusive("He doesn't know his arse from a hole in the ground")).toBe(false);
    expect(incites('We will take her out. Tonight.')).toBe(true);
  });

  it('a beating counts with how hard it is; beating someone at the polls does not', () => {
    expect(incites('I wish the officer could have beat her with a club.')).toBe(true);
    expect(incites('you should beat her senseless')).toBe(true);
    expect(incites('Beat him black and blue')).toBe(true);
    expect(abusive('I hope Labour beat them in May')).toBe(false);
    expect(abusive('Beat them at the ballot box')).toBe(false);
    expect(abusive('We should beat the Tories with better ideas')).toBe(false);
    expect(abusive('I hope she beats him in the debate')).toBe(false);
  });

  it('a call quoted in a reply and rebutted is reported, not made', () => {
    expect(
      abusive(
        "Someone replied to my post about Councillor Ashdown with 'he wants stabbing'. No he doesn't. He wants voting out.",
      ),
    ).toBe(false);
  });
});
