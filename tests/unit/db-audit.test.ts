import { describe, expect, it } from 'vitest';
import { appendAudit, GENESIS_HASH, verifyAuditChain } from '../../db/audit';
import { openDatabase } from '../../db/connection';
import { tempDbPath } from '../helpers/tmp';

describe('audit log', () => {
  it('chains each entry to the previous one', () => {
    const db = openDatabase(tempDbPath());
    const a = appendAudit(db, { actor: 'ana', action: 'review.confirm', entity: 'post', entityId: 1 });
    const b = appendAudit(db, {
      actor: 'ana',
      action: 'review.reject',
      entity: 'post',
      entityId: 2,
      detail: { note: 'satire' },
    });
    const rows = db.prepare('SELECT prev_hash, hash FROM audit_log ORDER BY id').all() as {
      prev_hash: string;
      hash: string;
    }[];
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]!.prev_hash).toBe(a.hash);
    expect(rows[1]!.hash).toBe(b.hash);
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 2, firstBadId: null });
    db.close();
  });

  it('refuses updates and deletes', () => {
    const db = openDatabase(tempDbPath());
    appendAudit(db, { actor: 'ana', action: 'x', entity: 'post' });
    expect(() => db.prepare("UPDATE audit_log SET actor = 'mallory'").run()).toThrowError(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrowError(/append-only/);
    db.close();
  });

  it('detects a row altered behind its back', () => {
    const db = openDatabase(tempDbPath());
    appendAudit(db, { actor: 'ana', action: 'one', entity: 'post' });
    appendAudit(db, { actor: 'ana', action: 'two', entity: 'post' });
    appendAudit(db, { actor: 'ana', action: 'three', entity: 'post' });
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET actor = 'mallory' WHERE id = 2").run();
    expect(verifyAuditChain(db)).toEqual({ ok: false, entries: 2, firstBadId: 2 });
    db.close();
  });
});
