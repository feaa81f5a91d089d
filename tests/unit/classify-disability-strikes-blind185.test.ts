import { describe, expect, it } from 'vitest';
import { abusive, keys, rules } from './classifyProbe';

/**
 * Disabled and neurodivergent politicians (blind185), class war and strikes (blind187), foreign wars
 * and foreign influence (blind189), and abuse where race, religion and sex meet (blind191): missed or
 * wrongly flagged (2026-12-07, thirty-first session; the sentences paraphrase the studied sets,
 * tests/fixtures/classify/README.md).
 */

describe('contempt for a disability', () => {
  it('reads a disability with a sneer at it as ableism', () => {
    for (const text of [
      'Cllr Moss spelled "committee" three ways in one post. Dyslexia is not an excuse, it is a disqualification.',
      'Autistic MPs should come with a carer and a colouring book. Exhibit A: Ferris.',
    ]) {
      expect(keys(text), text).toContain('ableism');
      expect(rules(text, 'identity:'), text).toContain('identity:cue-trait');
    }
  });

  it('is not a fair question about a disability and the job', () => {
    for (const text of [
      'Genuine question: can a minister with long Covid run a department this size? I would like an answer.',
      'A wheelchair user in Stanmoor, a Deaf MP in Tollmouth. Parliament is slowly starting to look like the country.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});

describe('mocking the person who reports abuse', () => {
  it('reads "honest advertising" and "best summary" said of quoted insults as agreement with them', () => {
    for (const text of [
      'The Chronicle quoting the comment calling Reid "a dribbling moron" is honest advertising for once.',
      'Nadia Haq read out the messages calling her a brainless bimbo in the chamber. Best summary of her career anyone has managed.',
    ])
      expect(abusive(text), text).toBe(true);
  });
});

describe('slogans are not threats, threats are', () => {
  it('finds threats and calls to harm told about strikes, sanctions and wars', () => {
    expect(keys('Hope Laleh Farzaneh’s plane to the next summit falls out of the sky.')).toContain(
      'harm_incitement',
    );
    expect(keys('Sokolova, you will end up like the others. Tea in London can be very dangerous.')).toContain(
      'threat',
    );
    expect(
      keys('Every landlord is a tick that needs burning off the skin of society. Crossley first.'),
    ).toContain('dehumanisation');
  });

  it('still leaves picket-line slogans and fierce criticism alone', () => {
    for (const text of [
      'Tax the rich. Record dividends in a hosepipe ban is daylight robbery and the minister signed it off.',
      'Kremlin apologist is the only fair description of Wren’s voting record on sanctions.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});

describe('race, religion and sex together', () => {
  it('finds misogynoir, exoticising and hijab abuse', () => {
    expect(
      keys('Another angry Black woman shouting in the chamber. Ghetto behaviour in a nice suit.'),
    ).toContain('racism');
    expect(keys('Get that oppression bag off your head and then talk to me about equality')).toContain(
      'islamophobia',
    );
    expect(keys('Exotic little thing isn’t she. Bet she’s a tiger in the bedroom.')).toContain('sexualised');
  });
});
