import { describe, expect, it } from 'vitest';
import { abusive, keys, rules } from './classifyProbe';

/**
 * Calls for harm and self-harm encouraged in pieces (rules/incitementCues.ts, rules/selfHarmCues.ts):
 * cues that are ordinary talk alone and abuse together, next to the memorials, court reports, help
 * and policy talk that use the same words. The sentences paraphrase the studied sets' misses
 * (tests/fixtures/classify/README.md).
 */

describe('calls for harm told in cues', () => {
  it('others asked, with a weapon, an injury or a wink', () => {
    expect(
      rules('Someone should pay Cllr Treadwick a visit at the depot. Bring a bat.', 'harm:cue-'),
    ).toEqual(['harm:cue-harm', 'harm:cue-recruit']);
    expect(keys('Somebody needs to take Halloran oot the game, permanently. Any volunteers?')).toContain(
      'harm_incitement',
    );
    expect(
      abusive('Lads, Nina Gill MP does her walkabout at Feltham market Saturday. You know what to do.'),
    ).toBe(true);
    expect(
      abusive('£500 to whoever puts the Minister for Housing in hospital. Cash, no questions asked.'),
    ).toBe(true);
  });

  it('a wish or praise beside harm, and a murdered member held up as an example', () => {
    expect(
      abusive('Every time I hear he is still breathing I get angry. Fingers crossed for a heart attack.'),
    ).toBe(true);
    expect(abusive('Statue for the lad who glassed Cllr Venn. Put it in the market square.')).toBe(true);
    expect(
      abusive('Tragic news about the MP who got stabbed. Anyway, whos next? My vote is Penhallow.'),
    ).toBe(true);
  });

  it('memorials, court reports and policy talk are not calls for harm', () => {
    expect(
      abusive(
        'Thank you to the Jo Cox Foundation volunteers and everyone who came to the Great Get Together.',
      ),
    ).toBe(false);
    expect(
      abusive(
        "A Coldmoor man who offered '£500 to whoever puts the minister in hospital' has been jailed for two years.",
      ),
    ).toBe(false);
    expect(abusive('Someone needs to explain to Cllr Shah why knife crime in Burnley has doubled.')).toBe(
      false,
    );
    expect(
      abusive('Hope the bomb shelter at the school gets its funding, Councillor. RT if you agree.'),
    ).toBe(false);
  });
});

describe('self-harm encouraged in cues', () => {
  it('a means or an end with the writer pushing, or a means with an end', () => {
    expect(rules('Rope is a fiver at B&Q, Minister. I will even chip in.', 'self_harm:cue-')).toEqual([
      'self_harm:cue-means',
      'self_harm:cue-urge',
    ]);
    expect(
      keys('There is a tall car park in Stainmoor town centre. Top floor. You know what to do Dan'),
    ).toContain('self_harm');
    expect(abusive('Nobody would light a candle. Go on, Neil. Get it done.')).toBe(true);
    // "Rope's" reads as "ropes"; "on the ropes" is a figure of speech.
    expect(abusive("Rope's a fiver at B&Q, @PriyaSandhuMP. I'll even chip in.")).toBe(true);
    expect(abusive('The government is on the ropes, Minister. Go on, call an election.')).toBe(false);
    expect(abusive('Go jump off the Harnford viaduct, Lydia. Do everyone a kindness.')).toBe(true);
  });

  it('help, prevention and transport policy are not encouragement', () => {
    expect(
      abusive('Struggling tonight, Lydia? The Samaritans are on 116 123. Go on, ring them, you matter.'),
    ).toBe(false);
    expect(
      abusive('The railway line closure is a disgrace, Minister. Do the decent thing and reopen it.'),
    ).toBe(false);
    expect(abusive('Overdose deaths are up again in Stainmoor. Go on, Dan, fund the drug service.')).toBe(
      false,
    );
  });
});
