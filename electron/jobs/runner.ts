import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { DB } from '../../db/connection';
import { ApiError } from '../api/errors';
import type { ApiEvent } from '../api/types';
import { JOBS, type JobArgs, type JobKind, type JobResult } from './registry';

export interface JobRunnerOptions {
  db: DB;
  dbPath: string;
  emit(event: ApiEvent): void;
  /** Built worker entry (dist/electron/worker.cjs). Without one, jobs run inline (tests, :memory:). */
  workerFile?: string;
  nativeBinding?: string;
}

type WorkerMessage =
  | { type: 'progress'; done: number; total: number; message?: string }
  | { type: 'done'; result: unknown }
  | { type: 'error'; message: string };

/**
 * Runs long work off the thread that serves the UI, reporting progress as events. Cancelling
 * terminates the worker; every job writes in transactions, so SQLite rolls the open one back and the
 * database stays consistent.
 */
export class JobRunner {
  private next = 1;
  private readonly running = new Map<string, Worker>();

  constructor(private readonly opts: JobRunnerOptions) {}

  async run<K extends JobKind>(kind: K, args: JobArgs<K>): Promise<JobResult<K>> {
    const jobId = `${kind}-${this.next++}`;
    const def = JOBS[kind];
    const progress = (done: number, total: number, message?: string) =>
      this.opts.emit({ type: 'progress', jobId, label: def.label, done, total, message });
    try {
      const result = this.useWorker()
        ? ((await this.inWorker(jobId, kind, args, progress)) as JobResult<K>)
        : (def.run(this.opts.db, args as never, progress) as JobResult<K>);
      this.opts.emit({ type: 'job-finished', jobId, label: def.label, ok: true });
      return result;
    } catch (err) {
      this.opts.emit({
        type: 'job-finished',
        jobId,
        label: def.label,
        ok: false,
        error: (err as Error).message,
      });
      throw err;
    } finally {
      this.opts.emit({ type: 'data-changed', tables: def.tables });
    }
  }

  cancel(jobId: string): boolean {
    const w = this.running.get(jobId);
    if (!w) return false;
    void w.terminate();
    return true;
  }

  async close(): Promise<void> {
    await Promise.all([...this.running.values()].map((w) => w.terminate()));
  }

  private useWorker(): boolean {
    return !!this.opts.workerFile && this.opts.dbPath !== ':memory:' && fs.existsSync(this.opts.workerFile);
  }

  private inWorker(
    jobId: string,
    kind: JobKind,
    args: unknown,
    progress: (d: number, t: number, m?: string) => void,
  ) {
    return new Promise<unknown>((resolve, reject) => {
      const worker = new Worker(this.opts.workerFile!, {
        workerData: { kind, args, dbPath: this.opts.dbPath, nativeBinding: this.opts.nativeBinding },
      });
      this.running.set(jobId, worker);
      let settled = false;
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') progress(m.done, m.total, m.message);
        else if (m.type === 'done') {
          settled = true;
          resolve(m.result);
        } else {
          settled = true;
          reject(new ApiError('INTERNAL', m.message));
        }
      });
      worker.on('error', (err) => {
        settled = true;
        reject(err);
      });
      worker.on('exit', () => {
        this.running.delete(jobId);
        if (!settled)
          reject(
            new ApiError('CANCELLED', 'The job was cancelled; nothing from its unfinished step was kept.'),
          );
      });
    });
  }
}
