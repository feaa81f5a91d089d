import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../electron/ingest/csv';
import { JsonArraySplitter } from '../../electron/ingest/jsonArray';

/** Rows (with their starting lines) and oversized records from feeding `text` in the given pieces. */
function parse(pieces: string[], maxChars = Infinity) {
  const rows: { cells: string[]; line: number }[] = [];
  const oversized: { chars: number; line: number }[] = [];
  const p = new CsvParser(
    ',',
    (cells, line) => rows.push({ cells, line }),
    maxChars,
    (chars, line) => oversized.push({ chars, line }),
  );
  for (const piece of pieces) p.push(piece);
  p.end();
  return { rows, oversized, unterminated: p.unterminated };
}

const CSV =
  'id,text,note\r\n' +
  '1,"She said ""resign"", twice",plain\r\n' +
  '2,"two\nlines",\r\n' +
  '\r\n' +
  '3,a "mid" quote,""\n' +
  '4,"ends with quote""",x\n';

const EXPECTED = [
  { cells: ['id', 'text', 'note'], line: 1 },
  { cells: ['1', 'She said "resign", twice', 'plain'], line: 2 },
  { cells: ['2', 'two\nlines', ''], line: 3 },
  { cells: ['3', 'a "mid" quote', ''], line: 6 },
  { cells: ['4', 'ends with quote"', 'x'], line: 7 },
];

describe('CSV parser', () => {
  it('reads quoted fields, doubled quotes, newlines in quotes and CRLF', () => {
    expect(parse([CSV]).rows).toEqual(EXPECTED);
  });

  it('gives the same rows however the text is split into chunks', () => {
    for (let a = 1; a < CSV.length; a++) {
      expect(parse([CSV.slice(0, a), CSV.slice(a)]).rows).toEqual(EXPECTED);
      for (let b = a + 1; b < CSV.length; b += 7)
        expect(parse([CSV.slice(0, a), CSV.slice(a, b), CSV.slice(b)]).rows).toEqual(EXPECTED);
    }
  });

  it('skips a record that runs on past the limit (an unclosed quote) and reads on once it closes', () => {
    const long = 'x'.repeat(300);
    const text = `id,text\n1,ok\n2,"${long}\n${long}"\n3,fine\n`;
    const pieces = text.match(/[\s\S]{1,50}/g)!;
    const r = parse(pieces, 200);
    expect(r.rows.map((x) => x.cells)).toEqual([
      ['id', 'text'],
      ['1', 'ok'],
      ['3', 'fine'],
    ]);
    expect(r.rows[2]!.line).toBe(5);
    expect(r.oversized).toHaveLength(1);
    expect(r.oversized[0]!.line).toBe(3);
    expect(r.oversized[0]!.chars).toBeGreaterThanOrEqual(601);
  });

  it('reports a file that ends inside a quoted field', () => {
    expect(parse(['id,text\n1,"never closed']).unterminated).toBe(true);
  });
});

describe('JSON array splitter', () => {
  it('hands on each element, and counts one past the limit without keeping it', () => {
    const elements: string[] = [];
    const oversized: { chars: number; index: number }[] = [];
    const s = new JsonArraySplitter(
      (text, index) => elements.push(`${index}:${text.trim()}`),
      40,
      (chars, index) => oversized.push({ chars, index }),
    );
    const big = JSON.stringify({ text: 'y'.repeat(100) });
    const text = `[{"a":1}, ${big}, {"b":"],["}]`;
    for (const piece of text.match(/[\s\S]{1,16}/g)!) s.push(piece);
    expect(s.complete).toBe(true);
    expect(elements).toEqual(['0:{"a":1}', '2:{"b":"],["}']);
    expect(oversized).toEqual([{ index: 1, chars: big.length + 1 }]);
  });
});
