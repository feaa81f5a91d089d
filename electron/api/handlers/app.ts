import { listAudit } from '../../../db/audit';
import { schemaVersion } from '../../../db/connection';
import { getSetting, setSetting } from '../../../db/settings';
import { APP_NAME, APP_VERSION } from '../../version';
import type { HandlerMap } from './index';

export const appHandlers: HandlerMap<'app.info' | 'settings.get' | 'settings.set' | 'audit.list'> = {
  'app.info': (ctx) => ({
    name: APP_NAME,
    version: APP_VERSION,
    schemaVersion: schemaVersion(ctx.db),
    dbPath: ctx.dbPath,
    shell: ctx.shell,
    posts: ctx.db.prepare('SELECT count(*) FROM posts').pluck().get() as number,
    people: ctx.db.prepare('SELECT count(*) FROM people').pluck().get() as number,
  }),
  'settings.get': (ctx) => readUiSettings(ctx.db),
  'settings.set': (ctx, args) => {
    for (const [key, value] of Object.entries(args) as [keyof typeof SETTINGS, unknown][]) {
      if (value !== undefined) setSetting(ctx.db, SETTINGS[key][0], value);
    }
    ctx.emit({ type: 'data-changed', tables: ['settings'] });
    return readUiSettings(ctx.db);
  },
  'audit.list': (ctx, args) => listAudit(ctx.db, args.limit),
};

/** Settings the UI can change: the stored key and the default for each. */
const SETTINGS = {
  reviewerName: ['ui.reviewerName', ''],
  theme: ['ui.theme', 'system'],
  /** Drop imported posts that mention nobody we monitor (default: keep them, marked unmatched). */
  dropUnmatched: ['import.dropUnmatched', false],
  /** Count reposts in volume charts (they are stored as reposts of the original either way). */
  countReposts: ['stats.countReposts', true],
} as const;

function readUiSettings(db: Parameters<typeof getSetting>[0]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(SETTINGS).map(([name, [key, fallback]]) => [name, getSetting<unknown>(db, key, fallback)]),
  );
}
