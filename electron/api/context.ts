import type { DB } from '../../db/connection';
import type { ApiEvent } from './types';
import type { JobRunner } from '../jobs/runner';

/** What every handler receives: the open database and ways to push events and run long work. */
export interface ApiContext {
  db: DB;
  dbPath: string;
  shell: 'electron' | 'web' | 'in-process';
  emit(event: ApiEvent): void;
  jobs: JobRunner;
}
