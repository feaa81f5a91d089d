import { describe, expect, it } from 'vitest';
import { abusive, keys, rules } from './classifyProbe';

/**
 * Where politicians are (blind177), young politicians (blind179), abuse told as pictures (blind181),
 * conscience votes (blind183) and posts that endorse reported abuse (blind175): missed or wrongly
 * flagged (2026-12-07, thirty-first session; the sentences paraphrase the studied sets,
 * tests/fixtures/classify/README.md).
 */

describe('someone’s train, to the carriage', () => {
  it('finds a departure time told with where the person sits', () => {
    const text =
      'Osborne is on the 18:12 from Leeds most Fridays, coach B, the table seat by the door. In case anyone wondered.';
    expect(keys(text)).toContain('doxxing');
    expect(rules(text, 'doxxing:')).toContain('doxxing:journey');
  });

  it('is not a complaint about the trains, nor a train without a seat', () => {
    for (const text of [
      'Northern cancelled the 07:42 AGAIN. The MP blames the operator, the operator blames the minister, and we stand in coach C with no seats.',
      'Met our MP Dana Osborne on the 18:12 yesterday and she listened to every word about the bus cuts.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});

describe('an order to follow someone home', () => {
  it('finds it with a name between the verb and "home"', () => {
    const text = 'Follow Marsh home from the leisure centre and film it all. Post the front door.';
    expect(keys(text)).toContain('harm_incitement');
    expect(rules(text, 'harm:')).toContain('harm:order-follow');
  });

  it('is not a report that someone was followed, nor a refusal', () => {
    for (const text of [
      'Police are looking for the man who followed Cllr Marsh home after Tuesday’s meeting.',
      'Do not follow him home, however angry you are. Write to him instead.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});

describe('abuse told as a picture', () => {
  it('reads a weapon, a noose or nudity in a described image of a named person', () => {
    expect(
      rules(
        '[image: Lena Hart’s portrait with a sniper crosshair over her face] see you Saturday',
        'threat:',
      ),
    ).toContain('threat:depicted');
    expect(keys('*noose gif* *noose gif* @LenaHartMP')).toContain('harm_incitement');
    expect(
      keys('pic: Lena Hart’s head edited onto a woman in lingerie, caption "how she got the job"'),
    ).toContain('sexualised');
  });

  it('is not a warning about the picture, a court report, or a satirical cartoon', () => {
    for (const text of [
      'Warning: an edited image of Lena Hart with a noose is going round. Do not share it, report it.',
      'Court heard the man sent Cllr Hart a picture of a machete. He was jailed for a year.',
      'Cartoon of Lena Hart as a marionette, strings held by the fossil fuel lobby, after her vote on drilling.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});

describe('the cousin marriage ban', () => {
  it('is debated without contempt', () => {
    for (const text of [
      'Voting against the cousin marriage ban was cowardice, Cllr Nandra. The genetic risks are real.',
      'The cousin marriage debate got ugly and nobody covered themselves in glory.',
    ])
      expect(abusive(text), text).toBe(false);
  });

  it('is still contempt pinned on someone', () => {
    expect(abusive('Cllr Anwar probably has a cousin-marriage certificate framed on the wall lol')).toBe(
      true,
    );
  });
});

describe('reported abuse that the writer endorses', () => {
  it('reads agreement with the quoted words as the writer’s own abuse', () => {
    for (const text of [
      'Cllr Reyes shares screenshots of men calling her a stupid slag. Evidence suggests they’ve got a point.',
      'A court fined a man for telling Okoro to "go back to the jungle". Tell me what was false about it.',
      'Her office shared a voicemail saying "we\'ll get you". Correct. We will.',
    ])
      expect(abusive(text), text).toBe(true);
  });

  it('still reads a report without agreement as a report', () => {
    expect(
      abusive('Cllr Reyes shares screenshots of men calling her a stupid slag. Nobody should get this.'),
    ).toBe(false);
  });
});
