import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Identity abuse beside identity talked about by those who hold it (blind135), and the local planning
 * rows over Traveller sites, mosques and asylum hotels (blind137), missed (2026-12-07, twenty-ninth
 * session; the sentences paraphrase the misses, tests/fixtures/classify/README.md), each beside the
 * objections and notices a fair moderator would leave alone.
 */

describe('the threats and tropes aimed at minority politicians', () => {
  it('finds a veiled threat that recalls murdered MPs', () => {
    expect(keys('Remember what happened to the last MP who talked like that. @AminaRahmanMP')).toContain(
      'threat',
    );
  });

  it('finds the tropes', () => {
    expect(keys("Khan's first loyalty is to Mecca. Deport the lot of them.")).toContain('islamophobia');
    expect(keys('Disabled MPs like Reid are dead weight. Useless eaters.')).toContain('ableism');
    expect(keys('Vance is a man who thinks hes a woman and his constituents have lost the plot')).toContain(
      'anti_lgbtq',
    );
  });
});

describe('the planning rows', () => {
  it('finds anti-Traveller racism and the calls to attack a site', () => {
    expect(keys('Tinkers never pay council tax and leave their filth in the lay-by')).toContain('racism');
    expect(keys('Drop a pigs head on the mosque site. Let them know they are not welcome.')).toContain(
      'harm_incitement',
    );
    expect(keys('You lot on the committee are getting a visit. Not a letter. A visit.')).toContain('threat');
  });

  it('is not an objection about traffic, drainage or the green belt', () => {
    expect(
      abusive(
        'The traffic assessment for the Fennick Road site assumes 40 cars. The road already gridlocks at pick-up. I will object and so should you.',
      ),
    ).toBe(false);
    expect(
      abusive(
        'Councillors promised to protect the green belt and voted to build on it. I will be seeking a judicial review.',
      ),
    ).toBe(false);
  });
});
