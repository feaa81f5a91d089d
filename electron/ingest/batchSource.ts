/**
 * Where an import's prepared batches come from: the same reader (batches.ts) run inline for small files,
 * or on a worker thread for large ones so that parsing, matching and classifying (one core) overlap
 * with SQLite writes (the other core). Both give the same batches in the same order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { nativeBindingOf, type DB } from '../../db/connection';
import { readBatches, type BatchItem, type ReadRequest } from './batches';
import type { PrepareConfig } from './prepare';
import { errorFrom, unpackItem, type FromPrepareWorker } from './prepareProtocol';
import { layoutOfFile } from './units';

/** Below this size the worker's start-up (~100 ms: loading the model, people, settings) is not worth it. */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;
const WORKER_YOUNG_GENERATION_MB = 8;
/**
 * Far above what the thread keeps (about 35 MB alive) or needs for a streamed file, whose records and
 * batches are bounded (limits.ts). It is there because V8 sizes the old generation's next full
 * collection from its ceiling: from 2 GB up (Node's default on this machine) it lets the heap grow to
 * about four times what is alive, which held this thread at 90–140 MB; below that the factor falls
 * towards 1.3 at 256 MB, about 1.6 at 1 GB. At 300,000 posts peak RSS went from 387–390 MB to 306–318
 * MB (768 and 1,536 MB measured the same; 2,048 MB changed nothing), for about 5% more CPU on this
 * thread, which collects more often; at 1,000,000 posts from 445 to 344 MB at the same speed (117 s
 * against 121 s). 128–256 MB cost 10–20% of the speed in earlier sessions. A whole JSON document is
 * read in one piece, up to 400 MB of text (units.ts), so that layout keeps V8's default.
 */
const WORKER_OLD_GENERATION_MB = 1024;

/**
 * The built worker: next to the bundle (dist/electron/), or dist/electron/ seen from the sources
 * (tests and benchmarks run the TypeScript directly; their setup builds dist/ first).
 */
export function prepareWorkerFile(): string | null {
  const candidates = [
    path.join(__dirname, 'ingest-worker.cjs'),
    path.join(__dirname, '..', '..', 'dist', 'electron', 'ingest-worker.cjs'),
  ];
  return candidates.find((f) => fs.existsSync(f)) ?? null;
}

export interface SourceChoice {
  /** true/false forces a mode (tests); undefined decides by file size. */
  parallel?: boolean;
  config: PrepareConfig;
}

export function batchSource(db: DB, req: ReadRequest, choice: SourceChoice): AsyncGenerator<BatchItem> {
  const worker = prepareWorkerFile();
  // A custom classifier object cannot cross threads; an in-memory database cannot be opened twice.
  const canParallel =
    worker !== null && db.name !== ':memory:' && !db.memory && choice.config.classifier === undefined;
  const wanted =
    choice.parallel ?? (fs.existsSync(req.file) && fs.statSync(req.file).size >= PARALLEL_MIN_BYTES);
  if (wanted && canParallel) return fromWorker(worker, db, req, choice.config.classifier !== null);
  if (wanted && choice.parallel && !canParallel) {
    // Forced parallel without a built worker is a setup problem worth saying out loud.
    if (!worker) throw new Error('The import worker is not built: run `npm run build` first.');
  }
  return readBatches(db, req, choice.config);
}

async function* fromWorker(
  file: string,
  db: DB,
  req: ReadRequest,
  classify: boolean,
): AsyncGenerator<BatchItem> {
  // A file that cannot be sniffed keeps V8's default; the worker then reports what is wrong with it.
  const streamed = await layoutOfFile(req.file).then(
    (layout) => layout !== 'document',
    () => false,
  );
  const worker = new Worker(file, {
    workerData: { dbPath: db.name, nativeBinding: nativeBindingOf(db), req, classify },
    resourceLimits: {
      // A small young generation: the worker allocates a batch's garbage fast, and V8's default lets
      // the nursery grow to tens of MB before collecting. At 1,000,000 posts this cut the import's peak
      // RSS from 507–514 MB to 472–473 MB at the same speed (50–53 s either way).
      maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
      ...(streamed ? { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } : {}),
    },
  });
  const queue: FromPrepareWorker[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let exited = false;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (m: FromPrepareWorker) => {
    queue.push(m);
    notify();
  });
  worker.on('error', (err) => {
    failure = err;
    notify();
  });
  worker.on('exit', () => {
    exited = true;
    notify();
  });
  try {
    for (;;) {
      const m = queue.shift();
      if (!m) {
        if (failure) throw failure;
        if (exited) throw new Error('The import worker stopped unexpectedly.');
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      if (m.type === 'done') return;
      if (m.type === 'error') throw errorFrom(m);
      yield unpackItem(m.item);
      // The consumer asks for the next item only once it has written this one.
      worker.postMessage({ type: 'ack' });
    }
  } finally {
    await worker.terminate();
  }
}
