import fs from 'node:fs';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { DB } from '../../db/connection';
import { ApiError } from '../api/errors';
import type { ApiEvent } from '../api/types';
import { JOBS, type JobArgs, type JobKind, type JobResult, type JobTools } from './registry';

export interface JobRunnerOptions {
  db: DB;
  dbPath: string;
  emit(event: ApiEvent): void;
  /** Built worker entry (dist/electron/worker.cjs). Without one, jobs run inline (tests, :memory:). */
  workerFile?: string;
  nativeBinding?: string;
}

/** The job's heap limits (registry.ts), if it has any. */
function resourceLimitsOf(kind: JobKind): ResourceLimits | undefined {
  const def = JOBS[kind];
  const limits: ResourceLimits = {};
  if ('heapMb' in def) limits.maxOldGenerationSizeMb = def.heapMb;
  if ('youngMb' in def) limits.maxYoungGenerationSizeMb = def.youngMb;
  return Object.keys(limits).length ? limits : undefined;
}

type WorkerMessage =
  | { type: 'progress'; done: number; total: number; message?: string; detail?: unknown }
  | { type: 'done'; result: unknown }
  | { type: 'error'; message: string };

interface Running {
  kind: JobKind;
  cancelled: boolean;
  worker?: Worker;
}

/**
 * Runs long work off the thread that serves the UI, reporting progress as events. Cancelling asks
 * the job to stop at its next batch boundary; every job writes in transactions, so whatever it had
 * committed is whole and the database stays consistent.
 */
export class JobRunner {
  private next = 1;
  private readonly running = new Map<string, Running>();

  constructor(private readonly opts: JobRunnerOptions) {}

  /** Starts a job and returns its id at once; the promise settles when it finishes. */
  start<K extends JobKind>(kind: K, args: JobArgs<K>): { jobId: string; done: Promise<JobResult<K>> } {
    const jobId = `${kind}-${this.next++}`;
    const def = JOBS[kind];
    const entry: Running = { kind, cancelled: false };
    this.running.set(jobId, entry);
    const tools: JobTools = {
      progress: (done, total, message, detail) =>
        this.opts.emit({ type: 'progress', jobId, label: def.label, done, total, message, detail }),
      isCancelled: () => entry.cancelled,
    };
    const done = (async () => {
      try {
        const result = (
          this.useWorker()
            ? await this.inWorker(jobId, entry, args, tools)
            : await def.run(this.opts.db, args as never, tools)
        ) as JobResult<K>;
        this.opts.emit({ type: 'job-finished', jobId, label: def.label, ok: true, result });
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
        this.running.delete(jobId);
        this.opts.emit({ type: 'data-changed', tables: def.tables });
      }
    })();
    // Callers that only start a job learn the outcome from events; never leave a rejection unhandled.
    done.catch(() => undefined);
    return { jobId, done };
  }

  async run<K extends JobKind>(kind: K, args: JobArgs<K>): Promise<JobResult<K>> {
    return this.start(kind, args).done;
  }

  cancel(jobId: string): boolean {
    const entry = this.running.get(jobId);
    if (!entry) return false;
    entry.cancelled = true;
    entry.worker?.postMessage({ type: 'cancel' });
    return true;
  }

  list(): { jobId: string; kind: JobKind }[] {
    return [...this.running].map(([jobId, r]) => ({ jobId, kind: r.kind }));
  }

  async close(): Promise<void> {
    for (const id of this.running.keys()) this.cancel(id);
    await Promise.all([...this.running.values()].map((r) => r.worker?.terminate()));
  }

  private useWorker(): boolean {
    return !!this.opts.workerFile && this.opts.dbPath !== ':memory:' && fs.existsSync(this.opts.workerFile);
  }

  private inWorker(jobId: string, entry: Running, args: unknown, tools: JobTools) {
    return new Promise<unknown>((resolve, reject) => {
      const resourceLimits = resourceLimitsOf(entry.kind);
      const worker = new Worker(this.opts.workerFile!, {
        workerData: {
          kind: entry.kind,
          args,
          dbPath: this.opts.dbPath,
          nativeBinding: this.opts.nativeBinding,
        },
        ...(resourceLimits ? { resourceLimits } : {}),
      });
      entry.worker = worker;
      let settled = false;
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') tools.progress(m.done, m.total, m.message, m.detail);
        else {
          settled = true;
          if (m.type === 'done') resolve(m.result);
          else reject(new ApiError('INTERNAL', m.message));
        }
      });
      worker.on('error', (err: Error & { code?: string }) => {
        settled = true;
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ApiError(
                'INTERNAL',
                `The job ${jobId} used all the memory it may use and stopped; what it had saved is kept. Run it again to complete it; if it stops again, split the file into smaller ones.`,
              )
            : err,
        );
      });
      worker.on('exit', () => {
        if (!settled)
          reject(
            new ApiError(
              'CANCELLED',
              `The job ${jobId} stopped before it finished; what it had saved is kept.`,
            ),
          );
      });
    });
  }
}
