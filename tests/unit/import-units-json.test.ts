import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonLossless } from '../../electron/ingest/mappers/lossless-json';
import { openSource } from '../../electron/ingest/source';
import { readUnits, type ReadItem } from '../../electron/ingest/units';
import { tempDir } from '../helpers/tmp';

/** What NDJSON lines were parsed with before they were parsed first and checked after (units.ts). */
function parsedBefore(line: string): unknown {
  return /[:,[]\s*-?\d{16,}/.test(line) ? parseJsonLossless(line) : JSON.parse(line);
}

async function readAll(lines: string[]): Promise<ReadItem[]> {
  const file = path.join(tempDir(), 'units.ndjson');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  const source = openSource(file);
  const out: ReadItem[] = [];
  try {
    for await (const item of readUnits(source)) out.push(item);
  } finally {
    source.stream.destroy();
  }
  return out;
}

describe('NDJSON records and 64-bit integers', () => {
  it('parses every line as the lossless check always did', async () => {
    const lines = [
      '{"id":"1500000000000000001","n":5}',
      '{"id":7028743950684949650,"text":"big id, bare"}',
      '{"id":9007199254740991,"text":"the largest exact integer"}',
      '{"id":9007199254740992,"text":"just past it"}',
      '{"nested":[1,[2,{"id":-7028743950684949650}]]}',
      '{"text":"digits in a string, 7028743950684949650","n":1}',
      '{"f":1e400,"g":12345678901234567.5,"h":1e20}',
      '{"__proto__":{"id":7028743950684949650}}',
      '[7028743950684949650]',
      '7028743950684949650',
    ];
    const items = await readAll(lines);
    expect(items.map((i) => i.kind)).toEqual(lines.map(() => 'unit'));
    items.forEach((item, i) => {
      expect(item.kind === 'unit' && item.value).toEqual(parsedBefore(lines[i]!));
    });
    expect(items[1]!.kind === 'unit' && (items[1]!.value as { id: unknown }).id).toBe('7028743950684949650');
  });

  it('reports a broken line with the message it always had', async () => {
    const bad = ['{"id":7028743950684949650,', '{"id":1,'];
    const items = await readAll(['{"ok":1}', ...bad, '{"ok":2}']);
    const errors = items.filter((i) => i.kind === 'error');
    expect(errors).toHaveLength(2);
    bad.forEach((line, i) => {
      let message = '';
      try {
        parsedBefore(line);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(errors[i]!.kind === 'error' && errors[i]!.reason).toContain(message);
    });
  });
});
