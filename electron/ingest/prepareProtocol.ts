/** Messages between an import and its prepare worker, and how errors cross the thread boundary. */
import type { BatchItem } from './batches';
import { NeedsMappingError } from './batches';
import { ImportFileError } from './errors';

// Enough batches in flight to cover one grouped commit (groupCommit.ts): while the writing thread
// commits ~20,000 posts the preparing thread keeps working instead of waiting. With two it sat idle
// through each commit; at 1,000,000 posts four took the import from 85–89 s to 58–76 s at the same
// peak RSS (480–485 MB), and eight was no faster but passed 500 MB.
export const MAX_BATCHES_AHEAD = 4;

export type FromPrepareWorker =
  | { type: 'item'; item: BatchItem }
  | { type: 'done' }
  | {
      type: 'error';
      message: string;
      code?: ImportFileError['code'];
      needs?: NeedsMappingError['needs'];
    };

export function errorMessage(err: unknown): FromPrepareWorker {
  if (err instanceof NeedsMappingError)
    return { type: 'error', message: err.message, code: err.code, needs: err.needs };
  if (err instanceof ImportFileError) return { type: 'error', message: err.message, code: err.code };
  return { type: 'error', message: err instanceof Error ? err.message : String(err) };
}

/** The error the worker reported, as the same class the inline reader would have thrown. */
export function errorFrom(m: Extract<FromPrepareWorker, { type: 'error' }>): Error {
  if (m.code === 'BAD_MAPPING' && m.needs) return new NeedsMappingError(m.message, m.needs);
  if (m.code) return new ImportFileError(m.code, m.message);
  return new Error(m.message);
}
