/** Spike detection on hand-made daily counts: what counts as abnormal, and how alerts keep their state. */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/connection';
import { listSpikes, markSpikesSeen, replaceSpikes, unseenSpikeCount } from '../../db/spikes';
import { DEFAULT_PARAMS } from '../../electron/analytics/params';
import { findSpikes } from '../../electron/analytics/spikes';
import { spikeNotice } from '../../electron/desktop/spikeNotice';
import { tempDbPath } from '../helpers/tmp';

const P = DEFAULT_PARAMS.spikes;

/** `days` days from 2026-01-01 for person 1; `f(i)` gives [posts, abusive] on day i. */
function series(days: number, f: (i: number) => [number, number], personId = 1) {
  return Array.from({ length: days }, (_, i) => {
    const [posts, abusive] = f(i);
    return { personId, day: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10), posts, abusive };
  });
}

/** Deterministic day-to-day wobble, so baselines have some spread. */
const wobble = (i: number, n: number) => ((i * 7919) % 5) - 2 + n;

describe('findSpikes', () => {
  it('flags a day far above the person’s usual abuse, with its baseline', () => {
    const counts = series(60, (i) => (i === 45 ? [400, 90] : [200, wobble(i, 10)]));
    const spikes = findSpikes(counts, P);
    expect(spikes).toHaveLength(1);
    const s = spikes[0]!;
    expect(s.startDay).toBe('2026-02-15');
    expect(s.abusive).toBe(90);
    expect(s.baselineAbusive).toBeGreaterThanOrEqual(8);
    expect(s.baselineAbusive).toBeLessThanOrEqual(12);
    expect(s.volumeZ).toBeGreaterThanOrEqual(P.threshold);
  });

  it('ignores ordinary ups and downs and busy days that are not more abusive', () => {
    // Twice the posts but the same share abusive: attention, not a surge in abuse… within the noise.
    const counts = series(60, (i) => [200 + (i % 7) * 20, wobble(i, 10) + (i % 7)]);
    expect(findSpikes(counts, P)).toEqual([]);
  });

  it('flags a rise in the share of abuse even when volume is modest (rate spike)', () => {
    const counts = series(60, (i) => (i === 50 ? [60, 30] : [60, wobble(i, 6)]));
    const [s] = findSpikes(counts, P);
    expect(s?.startDay).toBe('2026-02-20');
    expect(s!.rateZ).toBeGreaterThanOrEqual(P.threshold);
  });

  it('needs a minimum of abusive posts: two insults to a quiet backbencher are not a spike', () => {
    const counts = series(60, (i) => (i === 40 ? [5, 4] : [3, 0]));
    expect(findSpikes(counts, P)).toEqual([]);
  });

  it('joins consecutive abnormal days into one spike and needs some history first', () => {
    const counts = series(60, (i) =>
      i === 30 || i === 31 ? [400, 80] : i < 3 ? [400, 200] : [200, wobble(i, 10)],
    );
    const spikes = findSpikes(counts, P);
    expect(spikes).toHaveLength(1);
    expect([spikes[0]!.startDay, spikes[0]!.endDay]).toEqual(['2026-01-31', '2026-02-01']);
    expect(spikes[0]!.abusive).toBe(160);
  });

  it('keeps people apart', () => {
    const a = series(60, (i) => (i === 45 ? [400, 90] : [200, wobble(i, 10)]), 1);
    const b = series(60, (i) => [200, wobble(i, 10)], 2);
    expect(findSpikes([...b, ...a], P).map((s) => s.personId)).toEqual([1]);
  });
});

describe('stored alerts', () => {
  let db: DB | undefined;
  afterEach(() => db?.close());

  it('keeps an alert’s id and seen state when detection finds it again, and reports only new ones', () => {
    db = openDatabase(tempDbPath());
    const person = Number(
      db
        .prepare(
          "INSERT INTO people (name, role, created_at, updated_at) VALUES ('Test Person', 'mp', 'x', 'x')",
        )
        .run().lastInsertRowid,
    );
    const spikes = findSpikes(
      series(60, (i) => (i === 45 ? [400, 90] : [200, wobble(i, 10)]), person),
      P,
    );
    const first = replaceSpikes(db, spikes, null, '2026-03-01T00:00:00.000Z');
    expect(first.newIds).toHaveLength(1);
    expect(unseenSpikeCount(db)).toBe(1);
    markSpikesSeen(db, first.newIds, '2026-03-01T01:00:00.000Z');
    // Found again a day longer (the next import added posts): same alert, still seen, nothing new.
    const longer = [{ ...spikes[0]!, endDay: '2026-02-16' }];
    const again = replaceSpikes(db, longer, null, '2026-03-02T00:00:00.000Z');
    expect(again.newIds).toEqual([]);
    expect(again.ids).toEqual(first.ids);
    const [row] = listSpikes(db);
    expect(row!.seenAt).toBe('2026-03-01T01:00:00.000Z');
    expect(row!.firstDetectedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(unseenSpikeCount(db)).toBe(0);
  });
});

describe('desktop notification text', () => {
  it('names the people and points to Alerts', () => {
    const one = spikeNotice({
      type: 'new-spikes',
      jobId: 'analytics-1',
      spikes: [{ id: 1, person: 'Aisha Rahman', startDay: '2026-10-26', abusive: 40 }],
    });
    expect(one).toEqual({
      title: 'Bulwark: a new spike in abuse',
      body: 'Aisha Rahman. Open Alerts to see the posts behind it.',
    });
    const many = spikeNotice({
      type: 'new-spikes',
      jobId: 'analytics-2',
      spikes: ['A', 'B', 'C', 'D', 'A'].map((person, id) => ({
        id,
        person,
        startDay: '2026-10-26',
        abusive: 9,
      })),
    });
    expect(many.title).toBe('Bulwark: 5 new spikes in abuse');
    expect(many.body).toBe('A, B, C and others. Open Alerts to see the posts behind them.');
  });
});
