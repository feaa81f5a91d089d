import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../electron/classify';

/**
 * Threats, incitement and self-harm encouragement against their look-alikes, from the false alarms and
 * misses of blind35 (tests/fixtures/classify/README.md). Rules only, independent of the trained weights.
 */
const rules = createClassifier({ model: null });
const keys = (text: string): string[] => rules.classify(text).categories.map((l) => l.key);
const abusive = (text: string): boolean => rules.classify(text).abusive;

describe('threats and their look-alikes (blind35)', () => {
  it('fire through a letterbox is a threat; the same attack told with sympathy or as news is not', () => {
    expect(keys('Petrol through the letterbox tonight. Sleep well Fiona 🔥')).toContain('threat');
    expect(keys('That letterbox of his takes a rag and a lighter nicely.')).toContain('threat');
    expect(
      abusive(
        'I was genuinely shaken hearing about the petrol poured through his letterbox. Hope they catch who did it',
      ),
    ).toBe(false);
    expect(abusive("Man jailed for pushing a burning rag through the MP's letterbox, the court heard.")).toBe(
      false,
    );
  });

  it('an attack followed by the verdict on it is condemned, not wished', () => {
    expect(
      abusive(
        'Sending love to Cllr Bhatti and his family. The bricks through the window were a disgrace and Tewford stands with you',
      ),
    ).toBe(false);
  });

  it('memorials, the "longest suicide note", a kicking at the polls and address safety advice', () => {
    expect(abusive('Remembering Sir David Amess today. A decent man who loved Southend.')).toBe(false);
    expect(abusive('That manifesto is a suicide note, honestly. Longest suicide note in history mk2')).toBe(
      false,
    );
    expect(abusive('Tom Hargreaves needs a good kicking at the polls')).toBe(false);
    expect(
      abusive(
        'Safety tip for new councillors: ask for your home address to be withheld from the register of interests',
      ),
    ).toBe(false);
    // …while the same words as a threat still count.
    expect(keys('Tom Hargreaves needs a good kicking')).toContain('harm_incitement');
    expect(keys('Someone should do to Pemberton what they did to Jo Cox.')).toContain('threat');
  });

  it('common idioms of threat and of telling someone to die', () => {
    expect(keys("You'll be wearing a wooden overcoat before the year's out, Hargreaves")).toContain('threat');
    expect(keys("I'll give you a Glasgow smile you'll never forget")).toContain('threat');
    expect(
      keys("I'll be waiting in the car park after the council meeting tonight. Come out alone"),
    ).toContain('threat');
    expect(keys('Someone needs to put him in hospital. Long stay. Anyone?')).toContain('harm_incitement');
    expect(keys('sincerely hope you do the decent thing and swallow a bullet, Councillor')).toContain(
      'self_harm',
    );
    expect(keys('The Thames is right outside your office. Walk in and keep walking')).toContain('self_harm');
  });

  it('harm celebrated in advance, or asked for as a question, invites it; its look-alikes do not', () => {
    expect(keys("If a mob dragged her out of Parliament and strung her up I'd cheer.")).toContain(
      'harm_incitement',
    );
    expect(keys('the day someone finally does the leader in will be a national holiday 🎉')).toContain(
      'harm_incitement',
    );
    expect(
      keys("if someone knocked her teeth out at the hustings i'd be buying the drinks all night"),
    ).toContain('harm_incitement');
    expect(keys('Would donate to the legal fund of whoever finally takes out @TomHargreavesMP')).toContain(
      'harm_incitement',
    );
    expect(keys('Why has no one shot the leader yet?')).toContain('harm_incitement');
    expect(abusive("If someone shot down this bill in the Lords I'd cheer.")).toBe(false);
    expect(abusive('Anyone who would cheer if someone shot an MP is sick.')).toBe(false);
    expect(abusive('Why has no one fixed the potholes yet?')).toBe(false);
    expect(abusive("If someone knocked on her door to ask about the bins, she'd throw a party.")).toBe(false);
  });

  it("praise for a murdered MP's killer glorifies the attack; news of the killer does not", () => {
    expect(keys("Amess's killer did the country a favour. Do it again.")).toContain('harm_incitement');
    expect(keys("Jo Cox's killer was a hero")).toContain('harm_incitement');
    expect(abusive("Jo Cox's killer was jailed for life, and rightly so.")).toBe(false);
    expect(abusive('The killer of Sir David Amess was sentenced today.')).toBe(false);
  });
});
