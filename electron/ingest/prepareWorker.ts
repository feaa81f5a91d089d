/**
 * Worker-thread entry for large imports: reads and prepares batches (parse, map, match, classify,
 * hash) on the second core while the importing thread writes. It holds its own read-only connection
 * (WAL lets it read while the other thread writes) and never writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/connection';
import { readBatches, type BatchItem, type ReadRequest } from './batches';
import {
  errorMessage,
  HANDOVER_POSTS,
  MAX_CHARS_AHEAD,
  MAX_POSTS_AHEAD,
  packItem,
  type FromPrepareWorker,
} from './prepareProtocol';

const { dbPath, nativeBinding, req, classify } = workerData as {
  dbPath: string;
  nativeBinding?: string;
  req: ReadRequest;
  classify: boolean;
};
const port = parentPort!;
const send = (m: FromPrepareWorker) => port.postMessage(m);

// Posts and characters sent but not yet written, oldest message first: past MAX_POSTS_AHEAD or
// MAX_CHARS_AHEAD the reader waits, so memory stays flat however much faster reading is than writing.
const inFlight: { posts: number; chars: number }[] = [];
let postsAhead = 0;
let charsAhead = 0;
let wake: (() => void) | null = null;
port.on('message', (m: { type: string }) => {
  if (m.type !== 'ack') return;
  const written = inFlight.shift();
  if (written) {
    postsAhead -= written.posts;
    charsAhead -= written.chars;
  }
  wake?.();
  wake = null;
});

/** What a message puts in flight: its posts, and their text and raw records in characters (limits.ts). */
function sizeOf(item: BatchItem): { posts: number; chars: number } {
  if (item.kind !== 'batch') return { posts: 0, chars: 0 };
  let chars = 0;
  for (const p of item.posts) chars += p.row.text.length + p.row.raw.length;
  return { posts: item.posts.length, chars };
}

async function main(): Promise<void> {
  const db = openDatabase(dbPath, { readonly: true, trusted: true, migrate: false, nativeBinding });
  try {
    const config = classify ? {} : { classifier: null };
    for await (const item of readBatches(db, req, config, HANDOVER_POSTS)) {
      const size = sizeOf(item);
      send({ type: 'item', item: packItem(item) });
      inFlight.push(size);
      postsAhead += size.posts;
      charsAhead += size.chars;
      while (postsAhead >= MAX_POSTS_AHEAD || charsAhead >= MAX_CHARS_AHEAD)
        await new Promise<void>((r) => (wake = r));
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
