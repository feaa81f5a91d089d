/**
 * Worker-thread entry for large imports: reads and prepares batches (parse, map, match, classify,
 * hash) on the second core while the importing thread writes. It holds its own read-only connection
 * (WAL lets it read while the other thread writes) and never writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/connection';
import { readBatches, type ReadRequest } from './batches';
import { errorMessage, MAX_BATCHES_AHEAD, packItem, type FromPrepareWorker } from './prepareProtocol';

const { dbPath, nativeBinding, req, classify } = workerData as {
  dbPath: string;
  nativeBinding?: string;
  req: ReadRequest;
  classify: boolean;
};
const port = parentPort!;
const send = (m: FromPrepareWorker) => port.postMessage(m);

// Batches sent but not yet written: past MAX_BATCHES_AHEAD the reader waits, so memory stays flat
// however much faster reading is than writing.
let ahead = 0;
let wake: (() => void) | null = null;
port.on('message', (m: { type: string }) => {
  if (m.type !== 'ack') return;
  ahead--;
  wake?.();
  wake = null;
});

async function main(): Promise<void> {
  const db = openDatabase(dbPath, { readonly: true, trusted: true, migrate: false, nativeBinding });
  try {
    for await (const item of readBatches(db, req, classify ? {} : { classifier: null })) {
      send({ type: 'item', item: packItem(item) });
      ahead++;
      while (ahead >= MAX_BATCHES_AHEAD) await new Promise<void>((r) => (wake = r));
    }
    send({ type: 'done' });
  } finally {
    db.close();
  }
}

main().then(
  () => port.close(),
  (err: unknown) => {
    send(errorMessage(err));
    port.close();
  },
);
