import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Abuse of politicians' faith (blind139), the sex-and-gender arguments (blind141), sarcasm (blind143),
 * the asylum-hotel riots (blind145) and Scottish, Welsh and Ulster dialect (blind147), missed
 * (2026-12-07, thirtieth session; the sentences paraphrase the misses, tests/fixtures/classify/README.md),
 * each beside the criticism and sarcasm a fair moderator would leave alone.
 */

describe('a gendered slur aimed at a woman the post names', () => {
  it('reads the name as the woman it is aimed at', () => {
    expect(keys('Bryony Halsall shrieking in the chamber again. Hysterical cow.')).toContain('misogyny');
    expect(keys('Siobhan Carrick, sanctimonious Catholic cow. Keep your rosary off my body')).toContain(
      'misogyny',
    );
  });

  it('is not a cow on a farm a woman visited', () => {
    expect(abusive('Heather Lomax visited the dairy farm in Upper Wyland to see a prize cow')).toBe(false);
  });
});

describe('insults in other shapes', () => {
  it('reads "=" like "is"', () => {
    expect(keys('Adeyemi = clueless muppet. Next.')).toContain('personal_insult');
    expect(abusive('Brexit = higher prices. Next.')).toBe(false);
  });

  it('reads "a special kind of" as the person', () => {
    expect(
      keys('Oh I do admire Gareth. Takes a special kind of moron to get lost in his own briefing notes.'),
    ).toContain('personal_insult');
  });
});

describe('veiled and sarcastic threats', () => {
  it('finds harm wished with "sad if" and on a crowd', () => {
    expect(
      keys(
        "It'd be ever so sad if someone waited outside the Kettleby surgery with a baseball bat. Hypothetically.",
      ),
    ).toContain('threat');
    expect(keys('Pellow is on a walkabout Saturday. Shame if the crowd got a bit physical.')).toContain(
      'threat',
    );
  });

  it('is not a crowd going home or a library closing', () => {
    expect(abusive('Pellow is on a walkabout Saturday. Shame if the crowd went home early.')).toBe(false);
    expect(abusive('It would be sad if the library closed, Tom.')).toBe(false);
  });

  it('finds "run … over" said of a named councillor', () => {
    expect(keys("Somebody please run Councillor Mistry over. You'd be doing the country a favour")).toContain(
      'harm_incitement',
    );
    expect(abusive('Someone should run the numbers over the weekend before the budget vote')).toBe(false);
  });
});

describe('the riots, the faith rows and the dialect', () => {
  it('reads "No 10" as Downing Street, not a negation', () => {
    expect(keys('Cockroaches at the Diwali reception. No 10 needs fumigating')).toContain('dehumanisation');
  });

  it('finds the slurs and the dialect insults', () => {
    expect(keys('Pajeets and their cricket riots.')).toContain('racism');
    expect(keys('Plastic Paddy cooncillor thinks he is a hero. Fenian scum the lot o ye.')).toContain(
      'racism',
    );
    expect(keys('@EuanStrachanMP away and bile yer heid ya dobber')).toContain('personal_insult');
  });

  it('finds the calls to burn the hotels', () => {
    expect(
      keys("If the council won't shut the Harbourview we'll shut it ourselves. Burn it to the ground."),
    ).toContain('harm_incitement');
  });

  it('is not the criticism and sarcasm from the same sets', () => {
    for (const text of [
      'The Vaisakhi reception at No 10 had more party donors than gurdwara volunteers on the guest list. Says a lot.',
      'Wow. A U-turn so fast I think Callum Strachan has whiplash. Monday: "never". Wednesday: "always been our plan".',
      "Magowan says the protocol 'betrays Ulster'. He also said Brexit would be seamless. Forgive me if I don't take his forecasts seriously.",
      'Asylum decisions should be made in weeks, not years. Everything else in this mess flows from that failure.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});
