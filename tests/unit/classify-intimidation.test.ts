import { describe, expect, it } from 'vitest';
import { abusive, rules } from './classifyProbe';

/**
 * Intimidation without a threat verb (rules/intimidation.ts): kinds of cue that are ordinary talk
 * alone and a threat together, next to the constituents' visits, debates and hobbies that use the
 * same words. The sentences paraphrase the studied sets' misses (tests/fixtures/classify/README.md).
 */
const cues = (text: string): string[] => rules(text, 'threat:cue-');

describe('intimidation told in cues', () => {
  it('an omen with the writer outside, or with the person’s own places', () => {
    expect(cues("I'm outside your constituency office right now. Door's locked. For now.")).toEqual([
      'threat:cue-omen',
      'threat:cue-place',
      'threat:cue-presence',
    ]);
    expect(abusive('Respectfully, Mr Dalby, your office windows are living on borrowed time.')).toBe(true);
    expect(abusive('We know the flat, Councillor. Enjoy the drive home. If you get home.')).toBe(true);
  });

  it('a weapon beside the person’s places or a day, not a weapon as a topic or a sport', () => {
    expect(abusive('Got a new claw hammer today. Anyway @CllrPenrose your surgery is Friday isn’t it')).toBe(
      true,
    );
    expect(abusive('marcus ur lucky the crossbow is still up in the loft. for now')).toBe(true);
    expect(
      abusive('You back gun control and then show off your kids. What is the difference with a gun?'),
    ).toBe(false);
    expect(abusive('Range day Sunday, air rifle lanes open, members bring your certificates.')).toBe(false);
    expect(
      abusive('Sliced my hand on a bread knife at the food bank. Three stitches. Worth it — Jasper'),
    ).toBe(false);
  });

  it('watching the person, and a harmless reason for coming denied', () => {
    expect(abusive('fun fact: it takes 4 minutes from the car park to your front door. Timed it 🙂')).toBe(
      true,
    );
    expect(abusive("See you at the hustings, Fiona. I'm not coming to ask a question.")).toBe(true);
    expect(
      abusive("@CllrHart your surgery is on Saturday. I'll be there. Won't be bringing a question."),
    ).toBe(true);
    // Someone else's not coming is not the writer's visit.
    expect(abusive('Why did the minister not come forward with the letter and answer one question?')).toBe(
      false,
    );
  });

  it('a constituent’s visit, an election or a story about someone is not intimidation', () => {
    expect(
      abusive("Next time you're at the surgery I'll be waiting with my petition and 300 signatures."),
    ).toBe(false);
    expect(abusive("I'll be at your surgery on Friday with the residents of Mill Lane, Priya.")).toBe(false);
    expect(abusive('Tick tock, your days in that seat are numbered: the by-election is on Thursday.')).toBe(
      false,
    );
    expect(abusive('Mark my words, Labour are getting hammered in Redcar on Thursday.')).toBe(false);
    expect(abusive('Dr Lorich was found with a knife in his chest on Monday, police said.')).toBe(false);
  });
});
