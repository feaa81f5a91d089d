import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Abuse written live during televised politics (PMQs, Question Time, a count, a livestream chat)
 * that the rules missed in blind103 (2026-12-07, twenty-eighth session; the sentences paraphrase the
 * misses, tests/fixtures/classify/README.md), each beside the harmless post the same words make.
 */

describe('threats typed during the programme', () => {
  it('finds the house sought, the piece, the petrol, the security, the window', () => {
    expect(keys("I'm going to find out where you live and make you regret that answer")).toContain('threat');
    expect(keys("if he turns up in Hull again he's not leaving in one piece #bbcqt")).toContain('threat');
    expect(keys("someone should tell him the petrol's already bought. that's all")).toContain('threat');
    expect(keys("he'd better have good security at conference, I've got a pass")).toContain('threat');
    expect(keys('if i see him on the train im putting him through the window')).toContain('threat');
  });

  it('is not a verdict on the answer or a promise to turn up', () => {
    expect(abusive("he's not leaving that studio with any credibility left #bbcqt")).toBe(false);
    expect(abusive('Hallam has been absolutely destroyed there. Dead man walking #PMQs')).toBe(false);
    expect(abusive('see you at conference, I have got a pass for the fringe events')).toBe(false);
  });
});

describe('the crowd told to act', () => {
  it('finds "stop typing and go and do something about it", spitting, a kicking', () => {
    expect(keys("stop typing and go and do something about it. he's in Leeds tomorrow")).toContain(
      'harm_incitement',
    );
    expect(keys('anyone who sees him in the street should spit on him')).toContain('harm_incitement');
    expect(keys('drag him out of the studio and give him a kicking')).toContain('harm_incitement');
  });

  it('is not a call to vote them out', () => {
    expect(abusive('stop moaning and go and vote, polls close at 10')).toBe(false);
    expect(abusive('give them a kicking at the ballot box in May')).toBe(false);
  });
});

describe('women, sex and race, said as a joke or a "fact"', () => {
  it('finds "lying on her back", "wouldn\'t mind her bent over", "the great replacement"', () => {
    expect(keys('she only got where she is by lying on her back')).toContain('misogyny');
    expect(keys("wouldn't mind her bent over that despatch box 👀")).toContain('sexualised');
    expect(keys('nothing says the great replacement like a brown woman leading a British party')).toContain(
      'racism',
    );
  });

  it('is not "nothing says summer like", or a minded opinion', () => {
    expect(abusive('nothing says British summer like a by-election in the rain')).toBe(false);
    expect(abusive("I wouldn't mind a debate on the replacement of the Trident fleet")).toBe(false);
  });
});
