import * as m001 from './001_initial';
import * as m002 from './002_taxonomy';
import * as m003 from './003_import_details';
import * as m004 from './004_taxonomy_versions';
import * as m005 from './005_cases';
import * as m006 from './006_analytics';
import * as m007 from './007_rollups';
import * as m008 from './008_check_lists';
import * as m009 from './009_label_versions';
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  /** SQL to run, or a function for a change SQL alone cannot make (run in the same transaction). */
  sql: string | ((db: Database.Database) => void);
}

/** Numbered migrations. Append only: a released migration is never edited, a new one is added. */
export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'initial schema', sql: m001.up },
  { version: 2, name: 'default taxonomy', sql: m002.up() },
  { version: 3, name: 'import details and full-text watermark', sql: m003.up },
  { version: 4, name: 'taxonomy versions, undoable reviews, review queue index', sql: m004.up },
  { version: 5, name: 'case workflow: references, timeline', sql: m005.up },
  { version: 6, name: 'analytics: campaigns, spikes, detection runs', sql: m006.up },
  { version: 7, name: 'dashboard rollups', sql: m007.up },
  { version: 8, name: 'CHECK value lists as comparisons (no temporary b-tree per row)', sql: m008.up },
  { version: 9, name: 'labels indexed by classifier version', sql: m009.up },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
