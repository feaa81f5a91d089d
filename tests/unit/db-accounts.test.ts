import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { PostWriter } from '../../db/posts';
import { tempDbPath } from '../helpers/tmp';

describe('accounts written by an import', () => {
  it('inserts a new account, then refreshes it: newer names win, blanks keep the old, first/last seen widen', () => {
    const db = openDatabase(tempDbPath());
    const w = new PostWriter(db);
    const id = w.account(
      { platform: 'x', platformUserId: '7', handle: 'old_name', displayName: 'Old', followers: 10 },
      '2025-03-02T00:00:00.000Z',
    );
    const again = w.account(
      { platform: 'x', platformUserId: '7', handle: 'new_name', displayName: null, followers: 12 },
      '2025-03-01T00:00:00.000Z',
    );
    const other = w.account({ platform: 'bluesky', platformUserId: '7' }, '2025-03-05T00:00:00.000Z');
    expect(again).toBe(id);
    expect(other).not.toBe(id);
    expect(db.prepare('SELECT * FROM accounts WHERE id = ?').get(id)).toMatchObject({
      handle: 'new_name',
      display_name: 'Old',
      followers: 12,
      first_seen: '2025-03-01T00:00:00.000Z',
      last_seen: '2025-03-02T00:00:00.000Z',
    });
    db.close();
  });
});
