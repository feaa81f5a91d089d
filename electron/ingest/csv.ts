/**
 * A streaming RFC 4180 parser: quoted fields, doubled quotes, newlines inside quotes, CRLF, and any
 * one-character delimiter. Fed string chunks; emits each complete row with the line it started on.
 */
export class CsvParser {
  private field = '';
  private row: string[] = [];
  private inQuotes = false;
  private quoteSeen = false;
  private line = 1;
  private rowStart = 1;

  constructor(
    private readonly delimiter: string,
    private readonly onRow: (cells: string[], line: number) => void,
  ) {}

  push(chunk: string): void {
    const d = this.delimiter;
    let field = this.field;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.inQuotes) {
        if (c === '"') {
          if (chunk[i + 1] === '"') {
            field += '"';
            i++;
          } else if (i + 1 === chunk.length) {
            // A quote at the end of a chunk: decide when the next chunk arrives.
            this.inQuotes = false;
            this.quoteSeen = true;
          } else this.inQuotes = false;
        } else {
          if (c === '\n') this.line++;
          field += c;
        }
        continue;
      }
      if (this.quoteSeen) {
        this.quoteSeen = false;
        if (c === '"') {
          field += '"';
          this.inQuotes = true;
          continue;
        }
      }
      if (c === '"' && field.length === 0) this.inQuotes = true;
      else if (c === d) {
        this.row.push(field);
        field = '';
      } else if (c === '\n') {
        this.row.push(field.endsWith('\r') ? field.slice(0, -1) : field);
        field = '';
        this.emit();
        this.line++;
        this.rowStart = this.line;
      } else field += c;
    }
    this.field = field;
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
