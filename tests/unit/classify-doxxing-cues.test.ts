import { describe, expect, it } from 'vitest';
import { abusive, keys, rules } from './classifyProbe';

/**
 * Exposure told without a house number or a phone number (rules/doxxingCues.ts), next to the event
 * notices, safety advice, court news and pleas that use the same words (talkAboutExposure). The
 * sentences paraphrase blind45's misses and false alarms (tests/fixtures/classify/README.md).
 */
describe('doxxing told in cues', () => {
  it('someone’s family, work or home with a place and a time, or two details handed on', () => {
    expect(
      rules(
        "Cllr Nadia Okafor's little boy goes to Greenfield Nursery on Ash Street. His nan collects him at 12 on Tuesdays.",
        'doxxing:cue-',
      ),
    ).toEqual(['doxxing:cue-family', 'doxxing:cue-place', 'doxxing:cue-when']);
    expect(
      keys(
        "Dominic Farrow MP's wife works nights on Ward 4 at Eastbrook General. Wonder if she knows what he votes for",
      ),
    ).toContain('doxxing');
    expect(
      abusive('Cllr Patrick Moran lives in the flat above the bookies on Mill Road. Just so everyone knows.'),
    ).toBe(true);
    expect(
      abusive(
        'Hannah Sowerby MP keeps her boat at Bridgeton Marina, berth D9. Down there most weekends. Thought sailors might want a chat',
      ),
    ).toBe(true);
  });

  it('the writer’s own family, public events, court news and safety advice are not doxxing', () => {
    expect(
      abusive(
        'My wife works nights on the children’s ward at Eastbrook General, Mondays to Thursdays. Proud of her.',
      ),
    ).toBe(false);
    expect(
      abusive(
        'Come along to the coffee morning at Halden Library, 14 Kirk Road, Saturday 10am. Our two ward councillors will be there.',
      ),
    ).toBe(false);
    expect(
      abusive(
        'A man was jailed for 18 months after posting a councillor’s gym times and her home address online, the court heard.',
      ),
    ).toBe(false);
    expect(
      abusive(
        'Safety tip for new candidates: tick the box to keep your home address off the ballot paper. Mine was printed once and I regretted it.',
      ),
    ).toBe(false);
    expect(
      abusive(
        'Whoever pinned her house on that map, delete it. It is a councillor’s home, not her office. This isn’t ok.',
      ),
    ).toBe(false);
  });

  it('an address named "… Court" is not a court case; a crown court still is', () => {
    expect(
      abusive(
        'Leaked: Cllr Rhona Baird has moved into Flat 6, Mortimer Court, Dunmere. Cheers to my mate at the letting agency.',
      ),
    ).toBe(true);
    expect(
      abusive(
        'A man who posted photos of an MP’s home has been given a suspended sentence at Harbury Crown Court.',
      ),
    ).toBe(false);
  });

  it('a word of a slur list in a street’s name is the street', () => {
    expect(
      abusive("Victoria Lamb's office on Sheep Street says 'by appointment only'. Appointment with who?"),
    ).toBe(false);
  });
});
