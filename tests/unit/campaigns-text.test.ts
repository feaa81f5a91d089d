/** The building blocks of campaign detection: text fingerprints, hashtags and links, time windows. */
import { describe, expect, it } from 'vitest';
import {
  estimatedSimilarity,
  hashtagsOf,
  K,
  linksOf,
  signature,
  wordHashes,
} from '../../electron/analytics/text';
import { burstRanges, burstRatio, maxDistinctInWindow } from '../../electron/analytics/windows';
import { strength } from '../../electron/analytics/campaigns/assess';

function sigs(...texts: string[]): Uint32Array {
  const out = new Uint32Array(texts.length * K);
  texts.forEach((t, i) => signature(wordHashes(t), out, i * K));
  return out;
}

describe('near-duplicate fingerprints', () => {
  it('sees small edits (a swapped word, emoji, a moved hashtag) as the same message', () => {
    const s = sigs(
      '@PriyaMP you are a disgrace to Millbrook North. Silly little girl, get back in the kitchen and step down. #PriyaOut',
      '#PriyaOut @PriyaMP you are a disgrace to Millbrook North!! Silly little girl, go back to the kitchen and step down. 😡',
    );
    expect(estimatedSimilarity(s, 0, 1)).toBeGreaterThanOrEqual(0.4);
  });

  it('keeps different messages about the same person apart', () => {
    const s = sigs(
      '@PriyaMP you are a disgrace to Millbrook North. Silly little girl, get back in the kitchen and step down.',
      '@PriyaMP thank you for standing up for the steelworkers in Millbrook North today, proud of you.',
    );
    expect(estimatedSimilarity(s, 0, 1)).toBeLessThan(0.2);
  });

  it('ignores handles and links, which every post to one person shares', () => {
    expect(wordHashes('@someone https://example.com/a/b?c=1 resign now')).toBe(2);
    expect(wordHashes("can't stop won't stop")).toBe(4);
  });
});

describe('hashtags and links', () => {
  it('normalises case and duplicates of hashtags', () => {
    expect(hashtagsOf('#RahmanOut and #rahmanout, #UKPolitics!').sort()).toEqual([
      '#rahmanout',
      '#ukpolitics',
    ]);
    expect(hashtagsOf('no tags here')).toEqual([]);
  });

  it('reduces links to the page: no scheme, www, tracking query, fragment or trailing slash', () => {
    expect(
      linksOf(
        'read https://www.Westminster-Exposed.co.uk/exclusive/story/?utm_source=x#top and http://westminster-exposed.co.uk/exclusive/story.',
      ),
    ).toEqual(['westminster-exposed.co.uk/exclusive/story']);
  });
});

describe('time windows', () => {
  const MIN = 60_000;
  const times = Float64Array.from([0, 1, 2, 3, 4, 200, 201, 202, 500].map((m) => m * MIN));

  it('finds runs where enough different accounts posted within the window', () => {
    const accounts = Int32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const series = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    expect(burstRanges(series, times, accounts, 10 * MIN, 5)).toEqual([{ from: 0, to: 4 }]);
    expect(burstRanges(series, times, accounts, 10 * MIN, 3)).toEqual([
      { from: 0, to: 4 },
      { from: 5, to: 7 },
    ]);
  });

  it('counts one account posting many times once', () => {
    const accounts = Int32Array.from([1, 1, 1, 1, 1, 2, 3, 4, 5]);
    const series = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    expect(burstRanges(series, times, accounts, 10 * MIN, 3)).toEqual([{ from: 5, to: 7 }]);
    expect(maxDistinctInWindow(series, times, accounts, 10 * MIN)).toBe(3);
  });

  it('rates a burst against how often the thing happens otherwise', () => {
    // 20 uses in one hour, 10 more spread over 100 hours: far above its usual rate.
    expect(burstRatio(20, 30, 3_600_000, 3_600_000, 101 * 3_600_000)).toBeGreaterThan(100);
    // Used steadily: 100 over 100 hours, 1 in this hour.
    expect(burstRatio(1, 100, 3_600_000, 3_600_000, 100 * 3_600_000)).toBeLessThan(2);
  });
});

describe('strength score', () => {
  it('grows with size, surprise, new accounts and abuse, within 0–100', () => {
    const weak = strength(10, 10, 0, 0, 0.2);
    const strong = strength(300, 1000, 0.9, 0.9, 0.9);
    expect(weak).toBeLessThan(40);
    expect(strong).toBeGreaterThan(90);
    expect(strong).toBeLessThanOrEqual(100);
    expect(strength(10, 10, 0.9, 0, 0.2)).toBeGreaterThan(weak);
  });
});
