/**
 * Splits a top-level JSON array into its elements' source text as chunks arrive, so a 2 GB array of
 * posts is parsed one element at a time in bounded memory. Tracks only nesting depth and string state.
 */
export class JsonArraySplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private ended = false;
  private buf = '';
  private index = 0;
  // Characters of an element too long to keep (maxChars), counted but not kept.
  private skipped = 0;

  constructor(
    private readonly onElement: (text: string, index: number) => void,
    private readonly maxChars = Infinity,
    private readonly onOversized: (chars: number, index: number) => void = () => undefined,
  ) {}

  push(chunk: string): void {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (!this.started) {
        if (c === 0x5b /* [ */) {
          this.started = true;
          start = i + 1;
        } else if (!isSpace(c)) throw new Error('expected a JSON array');
        continue;
      }
      if (this.ended) {
        if (!isSpace(c)) throw new Error('unexpected text after the end of the JSON array');
        continue;
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c /* \ */) this.escaped = true;
        else if (c === 0x22 /* " */) this.inString = false;
        continue;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (this.depth === 0 && c === 0x5d) {
          this.flush(this.buf + chunk.slice(start, i));
          this.buf = '';
          this.ended = true;
          start = i + 1;
          continue;
        }
        this.depth--;
      } else if (c === 0x2c /* , */ && this.depth === 0) {
        this.flush(this.buf + chunk.slice(start, i));
        this.buf = '';
        start = i + 1;
      }
    }
    if (!this.started || this.ended) return;
    if (this.skipped) this.skipped += chunk.length - start;
    else {
      this.buf += chunk.slice(start);
      if (this.buf.length > this.maxChars) {
        this.skipped = this.buf.length;
        this.buf = '';
      }
    }
  }

  /** True when the array was closed; false means the file was truncated. */
  get complete(): boolean {
    return this.ended;
  }

  private flush(text: string): void {
    if (this.skipped) {
      this.onOversized(this.skipped + text.length, this.index++);
      this.skipped = 0;
      return;
    }
    if (text.trim().length === 0) return;
    this.onElement(text, this.index++);
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;
}
