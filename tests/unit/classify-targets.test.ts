import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../electron/classify';

/**
 * Who a word is aimed at (rules/target.ts) and the everyday words that are not abuse. Each pair puts
 * the innocent use next to the abusive one, so a rule made looser or stricter fails here. Rules only
 * for the targeting cases, independent of the trained weights; the full classifier where the model
 * would otherwise overrule the rules.
 */
const rules = createClassifier({ model: null });
const full = createClassifier();
const keys = (text: string): string[] => rules.classify(text).categories.map((l) => l.key);
const abusive = (text: string): boolean => rules.classify(text).abusive;

describe('targets', () => {
  it('animal words count only when aimed at someone, not after "a" or "the"', () => {
    expect(abusive('We had a pig roast at the village fete')).toBe(false);
    expect(abusive('The rat problem on the estate is getting worse')).toBe(false);
    expect(keys('You filthy pig, nobody wants you here')).toContain('dehumanisation');
    expect(keys('Tory MPs are animals')).toContain('dehumanisation');
    // An insult noun is aimed whatever introduces it.
    expect(keys('I wish this cunt would just go away')).toContain('personal_insult');
  });

  it('a possessive before an animal word names a pet', () => {
    expect(abusive('Your dog is gorgeous, Sarah')).toBe(false);
    expect(abusive('Her dog ate it')).toBe(false);
    expect(keys('Sarah is a dog')).toContain('dehumanisation');
  });

  it('hashtags and capitalised titles are not names', () => {
    expect(abusive('Lovely afternoon at the school farm #Education #Farming #animals')).toBe(false);
    expect(abusive('Tickets for the Pig Out Food Festival are nearly gone')).toBe(false);
    expect(keys('I hate that rat Starmer')).toContain('dehumanisation');
  });

  it('looks for a target only in the word’s own sentence', () => {
    expect(abusive('@JaneMarshMP Your levy doubled our costs in a year. Pretty dumb, eh?')).toBe(false);
    expect(abusive('The minister scrapped the rail link to save money. Really stupid.')).toBe(false);
    expect(keys('@JaneMarshMP you are dumb')).toContain('personal_insult');
    expect(keys('Idiot.')).toContain('personal_insult');
  });

  it('idioms are figures of speech', () => {
    expect(abusive("Honestly I couldn't give a monkey's what the Chancellor thinks")).toBe(false);
    expect(abusive('Monkey business at the council again')).toBe(false);
    expect(abusive("This lot couldn't run a piss-up in a brewery")).toBe(false);
    expect(abusive('This insane decision will cripple small businesses')).toBe(false);
    expect(abusive('Tories are rats leaving a sinking ship')).toBe(false);
    expect(keys('Look at the monkeys in parliament, go back to the jungle')).toContain('racism');
  });

  it('ordinary double-letter words are not squeezed into slurs', () => {
    expect(abusive('Speed test on the wired computer')).toBe(false);
    expect(abusive('Hogg doesn’t have a clue about this')).toBe(false);
    expect(keys('you stuuupid hooog')).toContain('dehumanisation');
  });

  it('"terrorist" is Islamophobic only in a post about Islam or Muslims', () => {
    expect(abusive('Antifa should be declared a domestic terrorist organisation')).toBe(false);
    expect(keys('@AishaKhanMP you are a terrorist, go back to your mosque')).toContain('islamophobia');
  });

  it('everyday verbs threaten only with a stated intent', () => {
    expect(abusive('I find them super cool honestly')).toBe(false);
    expect(abusive('We need to get Jim Renacci elected')).toBe(false);
    expect(keys("I'll find you and I'll hurt you")).toContain('threat');
  });

  it("turning up at someone's place with a weapon is a threat; the policy topic is not", () => {
    expect(keys('Coming to your office on Monday. Bringing acid.')).toContain('threat');
    expect(abusive("I'll be at your surgery on Friday to ask about petrol prices.")).toBe(false);
    expect(abusive('Will be at your constituency office for the knife crime meeting.')).toBe(false);
  });

  it('swearing stays swearing under a negation', () => {
    expect(keys("I'm not fucking happy about the rail cuts")).toContain('profanity');
    expect(keys('What the f*** is this budget')).toContain('profanity');
    expect(keys('@JaneMarshMP f*** off back to Westminster')).toContain('personal_insult');
    expect(abusive("You're not an idiot, you were badly advised")).toBe(false);
  });

  it('the offensive head does not overrule a word aimed at no one, nor invent identity labels', () => {
    expect(full.classify('I saw a monkey at the safari park with my kids').abusive).toBe(false);
    const dumb = full.classify('@JaneMarshMP you are a dumb cow and everyone knows it');
    expect(dumb.abusive).toBe(true);
    expect(dumb.categories.map((l) => l.key)).not.toContain('ableism');
  });
});
