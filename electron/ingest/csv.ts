/**
 * A streaming RFC 4180 parser: quoted fields, doubled quotes, newlines inside quotes, CRLF, and any
 * one-character delimiter. Fed string chunks; emits each complete row with the line it started on.
 */
const QUOTE = 0x22;
const NEWLINE = 0x0a;

export class CsvParser {
  private field = '';
  private row: string[] = [];
  private inQuotes = false;
  private quoteSeen = false;
  private line = 1;
  private rowStart = 1;
  // Characters of a row too long to keep (maxChars), e.g. after an unclosed quote; counted, not kept.
  private skipped = 0;

  constructor(
    private readonly delimiter: string,
    private readonly onRow: (cells: string[], line: number) => void,
    private readonly maxChars = Infinity,
    private readonly onOversized: (chars: number, line: number) => void = () => undefined,
  ) {}

  /**
   * Characters between the marks are taken as one slice of the chunk: appending them one at a time
   * built a chain of one-character strings, about 32 bytes each, which for a 20 MB field (an unclosed
   * quote) passed the reading thread's heap cap before the field's length could be checked.
   */
  push(chunk: string): void {
    const d = this.delimiter.charCodeAt(0);
    let field = this.field;
    // Start of the run of ordinary characters not yet added to `field`.
    let run = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inQuotes) {
        if (c === QUOTE) {
          field += chunk.slice(run, i);
          run = i + 1;
          if (chunk.charCodeAt(i + 1) === QUOTE) {
            field += '"';
            i++;
            run = i + 1;
          } else if (i + 1 === chunk.length) {
            // A quote at the end of a chunk: decide when the next chunk arrives.
            this.inQuotes = false;
            this.quoteSeen = true;
          } else this.inQuotes = false;
        } else if (c === NEWLINE) this.line++;
        continue;
      }
      if (this.quoteSeen) {
        this.quoteSeen = false;
        if (c === QUOTE) {
          field += '"';
          this.inQuotes = true;
          run = i + 1;
          continue;
        }
      }
      if (c === QUOTE && field.length === 0 && run === i) {
        this.inQuotes = true;
        run = i + 1;
      } else if (c === d) {
        this.row.push(field + chunk.slice(run, i));
        field = '';
        run = i + 1;
      } else if (c === NEWLINE) {
        const last = field + chunk.slice(run, i);
        this.row.push(last.endsWith('\r') ? last.slice(0, -1) : last);
        field = '';
        run = i + 1;
        this.emit();
        this.line++;
        this.rowStart = this.line;
      }
    }
    field += chunk.slice(run);
    this.field = field;
    // Checked once per chunk, so a row is cut off within a chunk of its limit.
    if (this.skipped || field.length > this.maxChars) {
      this.skipped += field.length;
      for (const cell of this.row) this.skipped += cell.length;
      this.field = '';
      this.row = [];
    }
  }

  end(): void {
    if (this.field.length > 0 || this.row.length > 0) {
      this.row.push(this.field.endsWith('\r') ? this.field.slice(0, -1) : this.field);
      this.field = '';
      this.emit();
    }
  }

  /** True when input ended inside a quoted field: the file was truncated. */
  get unterminated(): boolean {
    return this.inQuotes;
  }

  private emit(): void {
    const cells = this.row;
    this.row = [];
    if (this.skipped) {
      let chars = this.skipped;
      for (const cell of cells) chars += cell.length;
      this.skipped = 0;
      this.onOversized(chars, this.rowStart);
      return;
    }
    if (cells.length === 1 && cells[0] === '') return; // blank line
    this.onRow(cells, this.rowStart);
  }
}

/** Picks the delimiter that splits the header line into the most columns. */
export function sniffDelimiter(headerLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', '\t', ';', '|']) {
    const n = headerLine.split(d).length;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}
