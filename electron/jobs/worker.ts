/** Worker-thread entry: opens its own connection (WAL lets it write while the UI thread reads). */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/connection';
import { JOBS, type JobKind } from './registry';

const { kind, args, dbPath, nativeBinding } = workerData as {
  kind: JobKind;
  args: never;
  dbPath: string;
  nativeBinding?: string;
};
const port = parentPort!;

try {
  const db = openDatabase(dbPath, { nativeBinding });
  let last = 0;
  const result = JOBS[kind].run(db, args, (done, total, message) => {
    const now = Date.now();
    // Throttle: the UI needs a few updates a second, not one per batch.
    if (now - last > 100 || done === total) {
      last = now;
      port.postMessage({ type: 'progress', done, total, message });
    }
  });
  db.close();
  port.postMessage({ type: 'done', result });
} catch (err) {
  port.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
}
