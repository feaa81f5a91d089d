import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../electron/classify';

/**
 * Sexualised abuse of women in public life in the forms British posts use ("she'd get it", "wouldn't
 * kick her out of bed", "a great shag"), and the look-alikes that share their words ("bang on about",
 * "banged the table"). The sexualised category caught 14 of 46 posts on the never-read blind sets
 * before these phrases (tests/fixtures/classify/README.md). Rules only, independent of the weights.
 */
const rules = createClassifier({ model: null });
const sexualised = (text: string): boolean =>
  rules.classify(text).categories.some((l) => l.key === 'sexualised');
const abusive = (text: string): boolean => rules.classify(text).abusive;

describe('sexualised abuse of a woman', () => {
  it('the British forms: she would get it, not kicked out of bed, a great shag, a right goer', () => {
    expect(sexualised("She'd get it")).toBe(true);
    expect(sexualised("I wouldn't kick her out of bed")).toBe(true);
    expect(sexualised("Yeah I'm sure she's a great shag but that's about it")).toBe(true);
    expect(sexualised("Rayner looks like she'd be a right goer")).toBe(true);
    expect(sexualised('With that said, I would still bang the hell out of her!')).toBe(true);
  });

  it("the writer's sexual intent, with an everyday verb only when nothing else follows", () => {
    expect(sexualised("I'd happily nail her")).toBe(true);
    expect(sexualised('wanna ride her')).toBe(true);
    expect(sexualised('Would pound her all night')).toBe(true);
    expect(sexualised("I'd tap that")).toBe(true);
    expect(sexualised('Bet she goes like a train')).toBe(true);
    expect(abusive("I'd nail her on the detail at PMQs")).toBe(false);
    expect(abusive("I'd smash the Tories at the next election")).toBe(false);
    expect(abusive('I would ride the bus if it were cheaper')).toBe(false);
    expect(abusive("I'd bang him up for what he did to the pension fund")).toBe(false);
    expect(abusive("I'd do her job better than she does")).toBe(false);
    expect(abusive("I'd give her one more chance")).toBe(false);
    expect(abusive('I will give her one thing. She is great at seeking out allies.')).toBe(false);
  });

  it('the same words about work are not sexual', () => {
    expect(abusive("I'd bang on about this policy all day")).toBe(false);
    expect(abusive('She keeps banging on about the two-child cap')).toBe(false);
    expect(abusive('She banged the table in the Commons')).toBe(false);
    expect(abusive('I would vote for her in a heartbeat')).toBe(false);
    expect(abusive('She knocked it out of the park at PMQs')).toBe(false);
  });
});
