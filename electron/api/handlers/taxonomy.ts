import { appendAudit } from '../../../db/audit';
import type { DB } from '../../../db/connection';
import { postsWithOutdatedLabels } from '../../../db/labels';
import { getSetting, setSetting } from '../../../db/settings';
import {
  addCategory,
  getCategory,
  listCategories,
  PROTECTED_CATEGORIES,
  taxonomyHistory,
  updateCategory,
  type CategoryRow,
  type CategorySnapshot,
} from '../../../db/taxonomy';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../classify/index';
import { classifierVersionFor } from '../../labelling/classifierFromSettings';
import { ApiError } from '../errors';
import type {
  CategoryInfo,
  CategorySnapshotInfo,
  LexiconEntry,
  LexiconSettings,
  TaxonomyChange,
  ThresholdKey,
  ThresholdSettings,
  ThresholdValues,
} from '../types';
import type { HandlerMap } from './index';

const LEXICON_KEY = 'classify.lexicon';
const THRESHOLDS_KEY = 'classify.thresholds';
const TAXONOMY_TABLES = ['categories', 'taxonomy_versions', 'audit_log'];

// The API's threshold names must be exactly the classifier's (a compile error here otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameThresholdKeys: Same<ThresholdKey, keyof Thresholds> = true;
void sameThresholdKeys;

/** Who a settings change is recorded against: the reviewer name if set. */
function actor(db: DB): string {
  return getSetting<string>(db, 'ui.reviewerName', '').trim() || 'unnamed user';
}

function isProtected(key: string): boolean {
  return (PROTECTED_CATEGORIES as readonly string[]).includes(key);
}

function toInfo(c: CategoryRow): CategoryInfo {
  return {
    key: c.key,
    name: c.name,
    description: c.description,
    isAbuse: c.is_abuse === 1,
    severity: c.default_severity,
    colour: c.colour.toUpperCase(),
    enabled: c.enabled === 1,
    manualOnly: c.manual_only === 1,
    protected: isProtected(c.key),
    version: c.version,
  };
}

function toSnapshotInfo(s: CategorySnapshot): CategorySnapshotInfo {
  return {
    name: s.name,
    description: s.description,
    isAbuse: s.is_abuse === 1,
    severity: s.default_severity,
    colour: s.colour.toUpperCase(),
    enabled: s.enabled === 1,
    manualOnly: s.manual_only === 1,
  };
}

function mustGet(db: DB, key: string): CategoryRow {
  const c = getCategory(db, key);
  if (!c) throw new ApiError('NOT_FOUND', `There is no category called "${key}".`);
  return c;
}

function nameTaken(db: DB, name: string, exceptKey?: string): CategoryRow | undefined {
  return listCategories(db).find(
    (c) => c.key !== exceptKey && c.name.trim().toLowerCase() === name.toLowerCase(),
  );
}

// ---- Lexicon -------------------------------------------------------------------------------------

function readLexicon(db: DB): LexiconSettings {
  const v = getSetting<Partial<LexiconSettings>>(db, LEXICON_KEY, {});
  const clean = (list: unknown): LexiconEntry[] =>
    Array.isArray(list)
      ? list
          .filter(
            (e): e is LexiconEntry => !!e && typeof e.term === 'string' && typeof e.category === 'string',
          )
          .map((e) => ({ term: e.term, category: e.category }))
      : [];
  return { add: clean(v.add), disable: clean(v.disable) };
}

const entryKey = (e: LexiconEntry): string =>
  `${e.category}\u0000${e.term.toLowerCase().replace(/\s+/g, ' ')}`;

function dedupe(list: LexiconEntry[]): LexiconEntry[] {
  const seen = new Map<string, LexiconEntry>();
  for (const e of list) {
    const term = e.term.trim().replace(/\s+/g, ' ');
    const k = entryKey({ term, category: e.category });
    if (!seen.has(k)) seen.set(k, { term, category: e.category });
  }
  return [...seen.values()];
}

function checkLexicon(db: DB, l: LexiconSettings): void {
  const cats = new Map(listCategories(db).map((c) => [c.key, c]));
  for (const [list, label] of [
    [l.add, 'add'],
    [l.disable, 'disable'],
  ] as const) {
    for (const e of list) {
      const c = cats.get(e.category);
      if (!c)
        throw new ApiError(
          'INVALID_INPUT',
          `"${e.term}" (${label}): there is no category called "${e.category}".`,
        );
      if (label === 'add' && !c.is_abuse)
        throw new ApiError(
          'INVALID_INPUT',
          `"${e.term}": words can only be added to abuse categories, and “${c.name}” is not one.`,
        );
      if (label === 'add' && c.manual_only)
        throw new ApiError(
          'INVALID_INPUT',
          `"${e.term}": “${c.name}” is set by reviewers only, so the classifier takes no words for it.`,
        );
    }
  }
}

function diff(before: LexiconEntry[], after: LexiconEntry[]) {
  const b = new Set(before.map(entryKey));
  const a = new Set(after.map(entryKey));
  return {
    added: after.filter((e) => !b.has(entryKey(e))),
    removed: before.filter((e) => !a.has(entryKey(e))),
  };
}

// ---- Thresholds ----------------------------------------------------------------------------------

const DEFAULTS: ThresholdValues = { ...DEFAULT_THRESHOLDS };
const THRESHOLD_KEYS = Object.keys(DEFAULTS) as ThresholdKey[];

function readThresholds(db: DB): ThresholdSettings {
  const stored = getSetting<Partial<Record<string, unknown>>>(db, THRESHOLDS_KEY, {});
  const custom: Partial<ThresholdValues> = {};
  for (const k of THRESHOLD_KEYS) {
    const v = stored[k];
    if (typeof v === 'number' && Number.isFinite(v) && v !== DEFAULTS[k]) custom[k] = v;
  }
  return { values: { ...DEFAULTS, ...custom }, defaults: { ...DEFAULTS }, custom };
}

export const taxonomyHandlers: HandlerMap<
  | 'taxonomy.list'
  | 'taxonomy.update'
  | 'taxonomy.add'
  | 'taxonomy.history'
  | 'lexicon.get'
  | 'lexicon.set'
  | 'thresholds.get'
  | 'thresholds.set'
  | 'classify.reclassify'
  | 'classify.cancel'
  | 'classify.status'
> = {
  'taxonomy.list': (ctx) => listCategories(ctx.db).map(toInfo),

  'taxonomy.update': (ctx, args) => {
    const current = mustGet(ctx.db, args.key);
    if (args.enabled === false && isProtected(current.key))
      throw new ApiError(
        'CONFLICT',
        `“${current.name}” cannot be switched off: it is how Bulwark records that a post is not abuse.`,
      );
    if (args.severity !== undefined && args.severity > 0 && !current.is_abuse)
      throw new ApiError(
        'INVALID_INPUT',
        `“${current.name}” is not an abuse category, so its severity stays S0.`,
      );
    if (args.name !== undefined) {
      const clash = nameTaken(ctx.db, args.name, current.key);
      if (clash) throw new ApiError('CONFLICT', `Another category is already called “${clash.name}”.`);
    }
    const r = updateCategory(
      ctx.db,
      current.key,
      {
        name: args.name,
        description: args.description,
        colour: args.colour,
        default_severity: args.severity,
        enabled: args.enabled === undefined ? undefined : args.enabled ? 1 : 0,
      },
      actor(ctx.db),
    );
    if (!r) throw new ApiError('NOT_FOUND', `There is no category called "${args.key}".`);
    if (r.changed.length > 0) ctx.emit({ type: 'data-changed', tables: TAXONOMY_TABLES });
    return {
      category: toInfo(r.category),
      changed: r.changed.map((f) => (f === 'default_severity' ? 'severity' : f)),
    };
  },

  'taxonomy.add': (ctx, args) => {
    const severity = args.severity ?? (args.isAbuse ? 2 : 0);
    if (!args.isAbuse && severity > 0)
      throw new ApiError('INVALID_INPUT', 'A category that is not abuse has severity S0.');
    const clash = nameTaken(ctx.db, args.name);
    if (clash) throw new ApiError('CONFLICT', `Another category is already called “${clash.name}”.`);
    const row = addCategory(
      ctx.db,
      {
        key: args.key,
        name: args.name,
        description: args.description,
        is_abuse: args.isAbuse ? 1 : 0,
        default_severity: severity,
        colour: args.colour,
      },
      actor(ctx.db),
    );
    if (!row) {
      const existing = getCategory(ctx.db, args.key);
      throw new ApiError(
        'CONFLICT',
        `There is already a category with the key "${args.key}"${existing ? ` (“${existing.name}”)` : ''}. Choose another key.`,
      );
    }
    ctx.emit({ type: 'data-changed', tables: TAXONOMY_TABLES });
    return toInfo(row);
  },

  'taxonomy.history': (ctx, args) => {
    if (args.key !== undefined) mustGet(ctx.db, args.key);
    return taxonomyHistory(ctx.db, args.key, args.limit).map((v): TaxonomyChange => {
      const before = v.before ? toSnapshotInfo(v.before) : null;
      const after = toSnapshotInfo(v.after);
      const fields = before
        ? (Object.keys(after) as (keyof CategorySnapshotInfo)[]).filter((f) => before[f] !== after[f])
        : [];
      return {
        id: v.id,
        key: v.category_key,
        version: v.version,
        change: v.change,
        before,
        after,
        fields,
        changedBy: v.changed_by,
        changedAt: v.changed_at,
      };
    });
  },

  'lexicon.get': (ctx) => readLexicon(ctx.db),

  'lexicon.set': (ctx, args) => {
    const next = { add: dedupe(args.add), disable: dedupe(args.disable) };
    checkLexicon(ctx.db, next);
    const before = readLexicon(ctx.db);
    const added = diff(before.add, next.add);
    const disabled = diff(before.disable, next.disable);
    const changed =
      added.added.length + added.removed.length + disabled.added.length + disabled.removed.length > 0;
    if (changed) {
      ctx.db.transaction(() => {
        setSetting(ctx.db, LEXICON_KEY, next);
        appendAudit(ctx.db, {
          actor: actor(ctx.db),
          action: 'lexicon.set',
          entity: 'settings',
          entityId: LEXICON_KEY,
          detail: {
            wordsAdded: added.added,
            wordsRemoved: added.removed,
            switchedOff: disabled.added,
            switchedBackOn: disabled.removed,
          },
        });
      })();
      ctx.emit({ type: 'data-changed', tables: ['settings', 'audit_log'] });
    }
    return readLexicon(ctx.db);
  },

  'thresholds.get': (ctx) => readThresholds(ctx.db),

  'thresholds.set': (ctx, args) => {
    const before = readThresholds(ctx.db);
    const custom: Partial<ThresholdValues> = { ...before.custom };
    for (const k of THRESHOLD_KEYS) {
      const v = args.values[k];
      if (v === undefined) continue;
      const rounded = Math.round(v * 1000) / 1000;
      if (rounded === DEFAULTS[k]) delete custom[k];
      else custom[k] = rounded;
    }
    const changes = THRESHOLD_KEYS.filter((k) => (custom[k] ?? DEFAULTS[k]) !== before.values[k]);
    if (changes.length > 0) {
      ctx.db.transaction(() => {
        setSetting(ctx.db, THRESHOLDS_KEY, custom);
        appendAudit(ctx.db, {
          actor: actor(ctx.db),
          action: 'thresholds.set',
          entity: 'settings',
          entityId: THRESHOLDS_KEY,
          detail: Object.fromEntries(
            changes.map((k) => [k, { from: before.values[k], to: custom[k] ?? DEFAULTS[k] }]),
          ),
        });
      })();
      ctx.emit({ type: 'data-changed', tables: ['settings', 'audit_log'] });
    }
    return readThresholds(ctx.db);
  },

  'classify.reclassify': (ctx) => {
    const running = ctx.jobs.list().find((j) => j.kind === 'reclassify');
    if (running)
      throw new ApiError(
        'BUSY',
        'A reclassification is already running. Wait for it to finish, or cancel it.',
      );
    const { jobId } = ctx.jobs.start('reclassify', { actor: actor(ctx.db) });
    return { jobId };
  },

  'classify.cancel': (ctx, args) => {
    const job = ctx.jobs.list().find((j) => j.jobId === args.jobId);
    if (!job || job.kind !== 'reclassify') return { cancelled: false };
    return { cancelled: ctx.jobs.cancel(args.jobId) };
  },

  'classify.status': (ctx) => {
    const jobId = ctx.jobs.list().find((j) => j.kind === 'reclassify')?.jobId ?? null;
    const classifierVersion = classifierVersionFor(ctx.db);
    // While a reclassification runs the count only says how far it has got: the progress bar does that.
    const outdated = jobId
      ? { posts: 0, moreThan: false }
      : postsWithOutdatedLabels(ctx.db, classifierVersion);
    return { jobId, outdatedPosts: outdated.posts, outdatedMoreThan: outdated.moreThan, classifierVersion };
  },
};
