import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * The climate, hunting and countryside fights (blind173) and posts about abuse beside posts that
 * endorse it (blind175), missed or wrongly flagged (2026-12-07, thirtieth session; the sentences
 * paraphrase the studied sets, tests/fixtures/classify/README.md).
 */

describe('abuse quoted to report it', () => {
  it('reads "replying to", "painted with" and a removal notice as reports', () => {
    for (const text of [
      'The bravest thing I’ve seen this week: Jamie Hollis replying to "faggot, stay away from schools" with a link to his charity’s fundraiser.',
      'Sad, not surprising: Cllr Imran Shah’s office window was painted with "Muzzies out" again this morning.',
    ])
      expect(abusive(text), text).toBe(false);
  });

  it('still finds the abuse said in the writer’s own words', () => {
    expect(abusive('Muzzies out of Lowfield. Shah first.')).toBe(true);
  });
});

describe('the countryside fights', () => {
  it('finds the calls to harm told in the trade’s own words', () => {
    expect(
      keys(
        'Someone needs to put Fenwick-Blythe in one of his own gin traps and leave him out for the crows.',
      ),
    ).toContain('harm_incitement');
    expect(keys('Glue him to the road and drive over him. Dreever first.')).toContain('harm_incitement');
  });

  it('is not the countryside’s everyday violence', () => {
    for (const text of [
      'Grouse season opens on the 12th. Beaters meet at the Ashworth Moor car park at 8am, lunch provided.',
      'The badger cull has cost £60m and TB rates barely moved. Trelawney owes farmers an honest answer.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});
