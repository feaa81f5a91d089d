/** Worker-thread entry: opens its own connection (WAL lets it write while the UI thread reads). */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/connection';
import { JOBS, type JobKind } from './registry';

const { kind, args, dbPath, nativeBinding } = workerData as {
  kind: JobKind;
  args: never;
  dbPath: string;
  nativeBinding?: string;
};
const port = parentPort!;
let cancelled = false;
port.on('message', (m: { type: string }) => {
  if (m.type === 'cancel') cancelled = true;
});

async function main(): Promise<void> {
  const db = openDatabase(dbPath, { nativeBinding });
  let last = 0;
  try {
    const result = await JOBS[kind].run(db, args, {
      // Synchronous jobs never yield to the event loop, so look for a cancel message directly.
      isCancelled: () => {
        for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
          if ((m.message as { type?: string }).type === 'cancel') cancelled = true;
        }
        return cancelled;
      },
      progress: (done, total, message, detail) => {
        const now = Date.now();
        // Throttle: the UI needs a few updates a second, not one per batch.
        if (now - last > 100 || done === total) {
          last = now;
          port.postMessage({ type: 'progress', done, total, message, detail });
        }
      },
    });
    port.postMessage({ type: 'done', result });
  } finally {
    db.close();
  }
}

main().then(
  () => port.close(),
  (err: unknown) => {
    port.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    port.close();
  },
);
