import crypto from 'node:crypto';
import type { DB } from './connection';
import { nowIso } from './time';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | number | null;
  detail?: unknown;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

function rowHash(prev: string, r: Omit<AuditRow, 'id' | 'prev_hash' | 'hash'>): string {
  const canonical = JSON.stringify([prev, r.at, r.actor, r.action, r.entity, r.entity_id, r.detail]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

/** Appends one entry whose hash covers the previous entry's hash, so any edit breaks the chain. */
export function appendAudit(db: DB, e: AuditEntry): { id: number; hash: string } {
  const prev = (
    db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined
  )?.hash;
  const prevHash = prev ?? GENESIS_HASH;
  const row = {
    at: nowIso(),
    actor: e.actor,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId == null ? null : String(e.entityId),
    detail: JSON.stringify(e.detail ?? {}),
  };
  const hash = rowHash(prevHash, row);
  const info = db
    .prepare(
      'INSERT INTO audit_log (at, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (@at, @actor, @action, @entity, @entity_id, @detail, @prev, @hash)',
    )
    .run({ ...row, prev: prevHash, hash });
  return { id: Number(info.lastInsertRowid), hash };
}

/** Re-walks the chain; returns the id of the first entry that does not match, or null when intact. */
export function verifyAuditChain(db: DB): { ok: boolean; entries: number; firstBadId: number | null } {
  let prev = GENESIS_HASH;
  let n = 0;
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    n++;
    if (r.prev_hash !== prev || rowHash(prev, r) !== r.hash)
      return { ok: false, entries: n, firstBadId: r.id };
    prev = r.hash;
  }
  return { ok: true, entries: n, firstBadId: null };
}

export function listAudit(db: DB, limit = 100): AuditRow[] {
  return db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as AuditRow[];
}
