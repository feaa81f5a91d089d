import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Antisemitism and Islamophobia told through tropes that the rules missed in blind77 (2026-12-06,
 * twenty-fifth session; the sentences paraphrase the misses, tests/fixtures/classify/README.md), each
 * beside the harmless post the same words make.
 */

describe('Jewish politicians made to answer for Israel, and the old tropes', () => {
  it('finds "your people are committing genocide", dual loyalty, "the Talmud says", Holocaust mockery', () => {
    expect(
      keys('@CllrHannahFeld your people are committing genocide and you want to talk about bins?'),
    ).toContain('antisemitism');
    expect(keys('Somebody ask Cllr Rosen where he keeps his other passport')).toContain('antisemitism');
    expect(keys('The Talmud says lying to outsiders is fine, so why believe Cllr Lewin?')).toContain(
      'antisemitism',
    );
    expect(keys('Another guilt trip from the Holocaust industry, courtesy of @EstherLeviMP')).toContain(
      'antisemitism',
    );
  });

  it('is not criticism of a government, or a lobby in the Commons', () => {
    expect(
      abusive("Netanyahu's government is committing war crimes in Gaza and the UK must stop arms sales"),
    ).toBe(false);
    expect(abusive('The farmers lobby owns this debate, and the minister knows it')).toBe(false);
  });
});

describe('Muslim politicians as a block vote, a takeover or a joke', () => {
  it('finds "Muslim block vote", "the mosque won", "Islamic takeover", "draw Mohammed", "letterbox MP"', () => {
    expect(keys('Muslim block vote delivers another one in Ilford')).toContain('islamophobia');
    expect(keys("She didn't win, the mosque won. Full house at Friday prayers")).toContain('islamophobia');
    expect(keys('Islamic takeover of the town hall complete. Next stop Westminster')).toContain(
      'islamophobia',
    );
    expect(keys('Draw Mohammed day every day until @AminaHassanMP resigns')).toContain('islamophobia');
    expect(keys('Letterbox MP spotted at PMQs again')).toContain('islamophobia');
  });

  it('is not the union block vote, a history essay on dhimmis, or a mosque open day', () => {
    expect(abusive('The union block vote decided the deputy leadership again')).toBe(false);
    expect(abusive('Under the Ottomans, Christians and Jews lived as dhimmis and paid a separate tax')).toBe(
      false,
    );
    expect(abusive('Mosque open day on Saturday with Cllr Malik, tea and samosas for all')).toBe(false);
  });
});
