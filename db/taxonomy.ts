/**
 * The editable taxonomy: categories and their version history. Every change bumps the category's
 * `version` and writes a before/after snapshot to taxonomy_versions (and the audit log), in one
 * transaction, so a verdict can always be read against the taxonomy of its day.
 */
import { appendAudit } from './audit';
import type { DB } from './connection';
import { nowIso } from './time';

export interface CategoryRow {
  key: string;
  name: string;
  description: string;
  is_abuse: number;
  default_severity: number;
  colour: string;
  enabled: number;
  manual_only: number;
  sort_order: number;
  version: number;
}

/** The fields a snapshot (and a change) covers. */
export interface CategorySnapshot {
  name: string;
  description: string;
  is_abuse: number;
  default_severity: number;
  colour: string;
  enabled: number;
  manual_only: number;
}

export interface CategoryChange {
  name?: string;
  description?: string;
  default_severity?: number;
  colour?: string;
  enabled?: number;
}

export interface NewCategory {
  key: string;
  name: string;
  description: string;
  is_abuse: number;
  default_severity: number;
  colour: string;
}

export interface TaxonomyVersionRow {
  id: number;
  category_key: string;
  version: number;
  change: 'initial' | 'added' | 'updated';
  before: CategorySnapshot | null;
  after: CategorySnapshot;
  changed_by: string;
  changed_at: string;
}

const SNAPSHOT_FIELDS = [
  'name',
  'description',
  'is_abuse',
  'default_severity',
  'colour',
  'enabled',
  'manual_only',
] as const satisfies readonly (keyof CategorySnapshot)[];

/** Categories that are the "not abuse" outcomes the classifier and reviewers rely on. */
export const PROTECTED_CATEGORIES = ['supportive', 'political_criticism'] as const;

export function listCategories(db: DB): CategoryRow[] {
  return db.prepare('SELECT * FROM categories ORDER BY sort_order, key').all() as CategoryRow[];
}

export function getCategory(db: DB, key: string): CategoryRow | undefined {
  return db.prepare('SELECT * FROM categories WHERE key = ?').get(key) as CategoryRow | undefined;
}

function snapshot(c: CategoryRow): CategorySnapshot {
  return Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, c[f]])) as unknown as CategorySnapshot;
}

function recordVersion(
  db: DB,
  key: string,
  version: number,
  change: TaxonomyVersionRow['change'],
  before: CategorySnapshot | null,
  after: CategorySnapshot,
  actor: string,
): void {
  db.prepare(
    `INSERT INTO taxonomy_versions (category_key, version, change, before, after, changed_by, changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(key, version, change, before ? JSON.stringify(before) : null, JSON.stringify(after), actor, nowIso());
}

/**
 * Applies a change to one category. Fields equal to the current value are ignored; if nothing is left,
 * nothing is written and `changed` is empty.
 */
export function updateCategory(
  db: DB,
  key: string,
  change: CategoryChange,
  actor: string,
): { category: CategoryRow; changed: string[] } | null {
  return db.transaction(() => {
    const before = getCategory(db, key);
    if (!before) return null;
    const changed = (Object.keys(change) as (keyof CategoryChange)[]).filter(
      (f) => change[f] !== undefined && change[f] !== before[f],
    );
    if (changed.length === 0) return { category: before, changed };
    const sets = changed.map((f) => `${f} = @${f}`).join(', ');
    const values = Object.fromEntries(changed.map((f) => [f, change[f]]));
    db.prepare(`UPDATE categories SET ${sets}, version = version + 1 WHERE key = @key`).run({
      ...values,
      key,
    });
    const after = getCategory(db, key)!;
    recordVersion(db, key, after.version, 'updated', snapshot(before), snapshot(after), actor);
    appendAudit(db, {
      actor,
      action: 'taxonomy.update',
      entity: 'category',
      entityId: key,
      detail: {
        version: after.version,
        changes: Object.fromEntries(changed.map((f) => [f, { from: before[f], to: after[f] }])),
      },
    });
    return { category: after, changed };
  })();
}

/** Adds a category at the end of the list, as version 1. Returns null if the key is taken. */
export function addCategory(db: DB, c: NewCategory, actor: string): CategoryRow | null {
  return db.transaction(() => {
    if (getCategory(db, c.key)) return null;
    const order =
      (db.prepare('SELECT coalesce(max(sort_order), -1) + 1 FROM categories').pluck().get() as number) ?? 0;
    db.prepare(
      `INSERT INTO categories (key, name, description, is_abuse, default_severity, colour, enabled, manual_only, sort_order, version)
       VALUES (@key, @name, @description, @is_abuse, @default_severity, @colour, 1, 0, @order, 1)`,
    ).run({ ...c, order });
    const row = getCategory(db, c.key)!;
    recordVersion(db, c.key, 1, 'added', null, snapshot(row), actor);
    appendAudit(db, {
      actor,
      action: 'taxonomy.add',
      entity: 'category',
      entityId: c.key,
      detail: snapshot(row),
    });
    return row;
  })();
}

interface VersionDbRow extends Omit<TaxonomyVersionRow, 'before' | 'after'> {
  before: string | null;
  after: string;
}

/** Changes, newest first; for one category, or across the taxonomy. */
export function taxonomyHistory(db: DB, key: string | undefined, limit: number): TaxonomyVersionRow[] {
  const rows = (
    key === undefined
      ? db.prepare('SELECT * FROM taxonomy_versions ORDER BY id DESC LIMIT ?').all(limit)
      : db
          .prepare('SELECT * FROM taxonomy_versions WHERE category_key = ? ORDER BY id DESC LIMIT ?')
          .all(key, limit)
  ) as VersionDbRow[];
  return rows.map((r) => ({
    ...r,
    before: r.before ? (JSON.parse(r.before) as CategorySnapshot) : null,
    after: JSON.parse(r.after) as CategorySnapshot,
  }));
}
