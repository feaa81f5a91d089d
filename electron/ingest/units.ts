import { StringDecoder } from 'node:string_decoder';
import { CsvParser, sniffDelimiter } from './csv';
import { EXPECTED_FORMATS, ImportFileError } from './errors';
import { JsonArraySplitter } from './jsonArray';
import { MAX_BATCH_CHARS, MAX_RECORD_BYTES, megabytes } from './limits';
import { parseJsonLossless } from './mappers/lossless-json';
import { openSource, type Source } from './source';
import type { Container } from './types';

/** One unit for a mapper (a parsed line, document, array chunk or CSV row), or a record we could not read. */
export type ReadItem =
  | { kind: 'unit'; value: unknown; line: number; raw: string }
  | { kind: 'error'; line: number; reason: string; raw?: string };

export interface ReadOptions {
  /** Elements per unit when streaming a top-level JSON array. */
  arrayChunk?: number;
  /** Called once the layout is known (before the first item). */
  onContainer?: (c: Container, header?: string[]) => void;
}

const HEAD_BYTES = 64 * 1024;
const MAX_DOCUMENT_CHARS = 400 * 1024 * 1024;

/**
 * Reads a source into units, deciding the layout from the content (never the file name): NDJSON when
 * the first line is a JSON value on its own, a streamed top-level JSON array, a whole JSON document, an X
 * archive's `window.YTD… = [...]`, or CSV/TSV. Unreadable records become error items; the rest flows on.
 */
export async function* readUnits(source: Source, opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const decoder = new StringDecoder('utf8');
  const chunks = source.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const { head, eof, headChunks } = await readHead(chunks, decoder);
  checkText(head);

  // The file as text from the start: the decoded head, then the rest of the stream decoded on.
  async function* rest(): AsyncGenerator<string> {
    yield head;
    if (eof) return;
    for await (const bytes of restBytes([], chunks)) yield decoder.write(bytes);
    const tail = decoder.end();
    if (tail) yield tail;
  }

  switch (layoutOf(head, eof)) {
    case 'js-assignment':
      opts.onContainer?.('js-assignment');
      yield* readArray(rest(), opts.arrayChunk ?? 500, true);
      return;
    case 'ndjson':
      opts.onContainer?.('ndjson');
      yield* readLines(restBytes(headChunks, eof ? null : chunks));
      return;
    case 'array':
      opts.onContainer?.('json');
      yield* readArray(rest(), opts.arrayChunk ?? 500, false);
      return;
    case 'document':
      opts.onContainer?.('json');
      yield* readDocument(rest());
      return;
  }
  yield* readCsv(rest(), head, opts);
}

/**
 * How a file is laid out, from its first 64 KB (`eof`: that is the whole file). Every layout but a whole
 * JSON document is read one record at a time.
 */
export type Layout = 'js-assignment' | 'ndjson' | 'array' | 'document' | 'csv';

/** A file's layout from its first 64 KB, as readUnits will decide it (plain or gzip). */
export async function layoutOfFile(file: string): Promise<Layout> {
  const source = openSource(file);
  try {
    const chunks = source.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    const { head, eof } = await readHead(chunks, new StringDecoder('utf8'));
    return layoutOf(head, eof);
  } finally {
    source.stream.destroy();
  }
}

/**
 * The first 64 KB of a file as text, without a byte-order mark (`eof`: that is the whole file), and
 * the bytes behind it, for NDJSON, which splits lines on bytes (readLines).
 */
async function readHead(
  chunks: AsyncIterator<Buffer>,
  decoder: StringDecoder,
): Promise<{ head: string; eof: boolean; headChunks: Buffer[] }> {
  const headChunks: Buffer[] = [];
  let head = '';
  let eof = false;
  while (head.length < HEAD_BYTES && !eof) {
    const r = await chunks.next();
    if (r.done) {
      head += decoder.end();
      eof = true;
    } else {
      headChunks.push(r.value);
      head += decoder.write(r.value);
    }
  }
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  return { head, eof, headChunks };
}

function layoutOf(head: string, eof: boolean): Layout {
  const trimmed = head.trimStart();
  if (trimmed.startsWith('window.YTD.')) return 'js-assignment';
  const first = trimmed[0];
  if (first !== '{' && first !== '[') return 'csv';
  const newline = trimmed.indexOf('\n');
  const firstLine = trimmed.slice(0, newline === -1 ? undefined : newline).trim();
  if (firstLine.length > 0 && (newline !== -1 || eof) && parses(firstLine)) return 'ndjson';
  return first === '[' ? 'array' : 'document';
}

/** A bare integer literal of 16+ digits: may exceed 2^53, so parse without rounding it. */
const BIG_INTEGER = /[:,[]\s*-?\d{16,}/;

/** JSON.parse, except that 64-bit ids written as bare numbers keep every digit. */
function parseJson(s: string): unknown {
  // Parsed first and the numbers looked at: the lossless parse differs from JSON.parse only where a
  // bare integer lost digits, and such an integer parses to a number of magnitude 2^53 or more. Any
  // such number, or a failed parse, goes the old way, so the result (or error) is always what it
  // gives. Testing BIG_INTEGER on every record read the whole text once more (1.3% of the reading
  // thread with the classifier on).
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch {
    return parseJsonChecked(s);
  }
  return hasHugeNumber(value) ? parseJsonChecked(s) : value;
}

function parseJsonChecked(s: string): unknown {
  return BIG_INTEGER.test(s) ? parseJsonLossless(s) : JSON.parse(s);
}

const HUGE = 2 ** 53;

/** Whether a parsed JSON value holds a number of magnitude 2^53 or more (no recursion: depth is the file's). */
function hasHugeNumber(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return isHuge(value);
  const pending: object[] = [value];
  // Only numbers and containers need a look; strings, the bulk of a record, are passed over.
  const visit = (v: unknown): boolean => {
    if (typeof v === 'object' && v !== null) pending.push(v);
    return isHuge(v);
  };
  while (pending.length > 0) {
    const o = pending.pop()!;
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) if (visit(o[i])) return true;
    } else {
      for (const k in o) if (visit((o as Record<string, unknown>)[k])) return true;
    }
  }
  return false;
}

function isHuge(v: unknown): boolean {
  return typeof v === 'number' && (v >= HUGE || v <= -HUGE);
}

function parses(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

function checkText(head: string): void {
  if (head.trim().length === 0) throw new ImportFileError('EMPTY', `The file is empty. ${EXPECTED_FORMATS}`);
  const sample = head.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (control > sample.length * 0.01) {
    throw new ImportFileError(
      'BINARY',
      `This looks like a binary file, not text (for example a ZIP, image or spreadsheet). ${EXPECTED_FORMATS} Export to CSV or JSON first.`,
    );
  }
}

/** The head's bytes (if kept), then the rest of the stream's. */
async function* restBytes(head: Buffer[], more: AsyncIterator<Buffer> | null): AsyncGenerator<Buffer> {
  yield* head;
  if (!more) return;
  for (;;) {
    const r = await more.next();
    if (r.done) return;
    yield r.value;
  }
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * NDJSON, one record per line. Lines are found in the bytes and each is decoded on its own: decoding
 * whole 1 MB chunks made every line of a chunk a two-byte string as soon as one line in it held an
 * emoji, which doubled the memory of every record and slowed parsing for the three lines in four that
 * are plain ASCII.
 */
async function* readLines(bytes: AsyncGenerator<Buffer>): AsyncGenerator<ReadItem> {
  // Bytes of a line that runs across chunks, joined once its end is found.
  let carry: Buffer[] = [];
  let carried = 0;
  // Bytes of a line too long to be a record, counted but not kept (limits.ts).
  let skipped = 0;
  let line = 0;
  let first = true;
  const item = (s: string, n: number, last: boolean): ReadItem | null => {
    const t = s.trim();
    if (!t) return null;
    try {
      return { kind: 'unit', value: parseJson(t), line: n, raw: t };
    } catch (err) {
      const reason = last
        ? `line ${n} is incomplete JSON (the file may have been cut off): ${(err as Error).message}`
        : `line ${n} is not valid JSON: ${(err as Error).message}`;
      return { kind: 'error', line: n, reason, raw: t.slice(0, 2000) };
    }
  };
  const tooLong = (n: number, size: number): ReadItem => ({
    kind: 'error',
    line: n,
    reason: `line ${n} is ${megabytes(size)} long, far larger than any post record (at most ${megabytes(MAX_RECORD_BYTES)}); it was skipped. Is the file really one record per line?`,
  });
  const lineOf = (tail: Buffer, n: number, last: boolean): ReadItem | null => {
    if (skipped) {
      const size = skipped + tail.length;
      skipped = 0;
      return tooLong(n, size);
    }
    let s: string;
    if (carry.length) {
      carry.push(tail);
      s = Buffer.concat(carry).toString('utf8');
      carry = [];
      carried = 0;
    } else s = tail.toString('utf8');
    return item(s, n, last);
  };
  for await (let chunk of bytes) {
    if (first) {
      first = false;
      if (chunk.subarray(0, 3).equals(UTF8_BOM)) chunk = chunk.subarray(3);
    }
    let start = 0;
    let nl = chunk.indexOf(10);
    while (nl !== -1) {
      // Most lines lie within one chunk and are decoded straight from it.
      const it =
        carry.length || skipped
          ? lineOf(chunk.subarray(start, nl), ++line, false)
          : item(chunk.toString('utf8', start, nl), ++line, false);
      if (it) yield it;
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      if (skipped) skipped += rest.length;
      else {
        carry.push(rest);
        carried += rest.length;
        if (carried > MAX_RECORD_BYTES) {
          skipped = carried;
          carry = [];
          carried = 0;
        }
      }
    }
  }
  const it = lineOf(Buffer.alloc(0), ++line, true);
  if (it) yield it;
}

async function* readArray(
  text: AsyncGenerator<string>,
  per: number,
  jsAssignment: boolean,
): AsyncGenerator<ReadItem> {
  let batch: unknown[] = [];
  let batchStart = 1;
  // Elements are handed on `per` at a time, or sooner once they add up to MAX_BATCH_CHARS.
  let batchChars = 0;
  const pending: ReadItem[] = [];
  const splitter = new JsonArraySplitter(
    (elementText, index) => {
      try {
        if (batch.length === 0) batchStart = index + 1;
        batch.push(parseJson(elementText));
        batchChars += elementText.length;
        if (batch.length >= per || batchChars >= MAX_BATCH_CHARS) {
          pending.push({ kind: 'unit', value: batch, line: batchStart, raw: '' });
          batch = [];
          batchChars = 0;
        }
      } catch (err) {
        pending.push({
          kind: 'error',
          line: index + 1,
          reason: `record ${index + 1} of the array is not valid JSON: ${(err as Error).message}`,
          raw: elementText.slice(0, 2000),
        });
      }
    },
    MAX_RECORD_BYTES,
    (chars, index) =>
      pending.push({
        kind: 'error',
        line: index + 1,
        reason: `record ${index + 1} of the array is ${megabytes(chars)} long, far larger than any post record (at most ${megabytes(MAX_RECORD_BYTES)}); it was skipped.`,
      }),
  );
  let prefixDone = !jsAssignment;
  let prefix = '';
  try {
    for await (let chunk of text) {
      if (!prefixDone) {
        prefix += chunk;
        const eq = prefix.indexOf('=');
        if (eq === -1) continue;
        chunk = prefix.slice(eq + 1);
        prefixDone = true;
      }
      splitter.push(chunk);
      while (pending.length) yield pending.shift()!;
    }
  } catch (err) {
    throw new ImportFileError(
      'UNREADABLE',
      `The file is not a valid JSON array: ${(err as Error).message}. ${EXPECTED_FORMATS}`,
    );
  }
  if (batch.length) yield { kind: 'unit', value: batch, line: batchStart, raw: '' };
  while (pending.length) yield pending.shift()!;
  if (!splitter.complete) {
    yield {
      kind: 'error',
      line: 0,
      reason:
        'the file ends before its JSON array is closed: it may have been cut off. Everything before that point was read.',
    };
  }
}

async function* readDocument(text: AsyncGenerator<string>): AsyncGenerator<ReadItem> {
  let all = '';
  for await (const chunk of text) {
    all += chunk;
    if (all.length > MAX_DOCUMENT_CHARS) {
      throw new ImportFileError(
        'UNREADABLE',
        'This JSON document is too large to read in one piece (over 400 MB). Save it as NDJSON (one record per line) or split it.',
      );
    }
  }
  try {
    yield { kind: 'unit', value: parseJson(all), line: 1, raw: '' };
  } catch (err) {
    const msg = (err as Error).message;
    const pos = Number(/position (\d+)/.exec(msg)?.[1] ?? NaN);
    const where = Number.isFinite(pos) ? ` at line ${all.slice(0, pos).split('\n').length}` : '';
    throw new ImportFileError(
      'UNREADABLE',
      `The file is not valid JSON${where} (${msg}); it may have been cut off or edited. ${EXPECTED_FORMATS}`,
    );
  }
}

async function* readCsv(
  text: AsyncGenerator<string>,
  head: string,
  opts: ReadOptions,
): AsyncGenerator<ReadItem> {
  const headerLine = head.slice(0, head.indexOf('\n') === -1 ? undefined : head.indexOf('\n'));
  const delimiter = sniffDelimiter(headerLine);
  let header: string[] | null = null;
  const pending: ReadItem[] = [];
  const parser = new CsvParser(
    delimiter,
    (cells, line) => {
      if (!header) {
        header = cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
        if (header.length < 2) {
          throw new ImportFileError(
            'UNKNOWN_FORMAT',
            `The first line does not look like a CSV or TSV header (found "${headerLine.slice(0, 80)}"). ${EXPECTED_FORMATS}`,
          );
        }
        opts.onContainer?.('csv', header);
        return;
      }
      if (cells.length > header.length) {
        pending.push({
          kind: 'error',
          line,
          reason: `line ${line} has ${cells.length} fields but the header has ${header.length} (a stray "${delimiter === '\t' ? 'tab' : delimiter}" or an unclosed quote?)`,
          raw: cells.join(delimiter).slice(0, 2000),
        });
        return;
      }
      const row: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) row[header[i]!] = cells[i] ?? '';
      pending.push({ kind: 'unit', value: row, line, raw: cells.join(delimiter) });
    },
    MAX_RECORD_BYTES,
    (chars, line) => {
      if (!header)
        throw new ImportFileError(
          'UNKNOWN_FORMAT',
          `The first line runs on for ${megabytes(chars)} and is not a CSV or TSV header. ${EXPECTED_FORMATS}`,
        );
      pending.push({
        kind: 'error',
        line,
        reason: `the record starting at line ${line} runs on for ${megabytes(chars)}, far longer than any post (at most ${megabytes(MAX_RECORD_BYTES)}): an unclosed quote? It was skipped.`,
      });
    },
  );
  for await (const chunk of text) {
    parser.push(chunk);
    while (pending.length) yield pending.shift()!;
  }
  parser.end();
  while (pending.length) yield pending.shift()!;
  if (parser.unterminated) {
    yield {
      kind: 'error',
      line: 0,
      reason:
        'the file ends inside a quoted field: it may have been cut off. Everything before that point was read.',
    };
  }
}
