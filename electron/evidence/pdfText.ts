/**
 * Text the embedded font cannot draw (emoji, CJK, rare scripts) would print as empty boxes. We show
 * each such character as [U+XXXX] instead, so the PDF never silently loses a character; the exact text
 * is in report.html, posts.csv and posts.jsonl. Invisible joiners, variation selectors and flag tag
 * characters are dropped (they only change how the neighbouring emoji looks).
 */
interface FontkitFont {
  hasGlyphForCodePoint(cp: number): boolean;
}

const INVISIBLE = new Set([0x200d, 0xfe0e, 0xfe0f, 0x20e3]);

export class PdfText {
  private readonly known = new Map<number, boolean>();
  private readonly font: FontkitFont;

  constructor(doc: PDFKit.PDFDocument) {
    // pdfkit keeps the fontkit font of the current font here; its typings do not say so.
    const current = (doc as unknown as { _font?: { font?: FontkitFont } })._font?.font;
    if (!current || typeof current.hasGlyphForCodePoint !== 'function')
      throw new Error('The report font did not load.');
    this.font = current;
  }

  private drawable(cp: number): boolean {
    let ok = this.known.get(cp);
    if (ok === undefined) {
      ok = cp === 0x0a || cp === 0x09 || (cp >= 0x20 && this.font.hasGlyphForCodePoint(cp));
      this.known.set(cp, ok);
    }
    return ok;
  }

  /** The text with every character the font lacks written as [U+XXXX]. */
  safe(s: string): string {
    // Fast path: plain ASCII needs no checks.
    if (/^[\x20-\x7e\n]*$/.test(s)) return s;
    let out = '';
    let flag = '';
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      if (cp === 0x0d) continue;
      // Two regional-indicator letters make a flag: "[flag GB]" reads better than two code points.
      if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
        flag += String.fromCharCode(65 + cp - 0x1f1e6);
        if (flag.length === 2) {
          out += `[flag ${flag}]`;
          flag = '';
        }
        continue;
      }
      if (flag) {
        out += `[flag ${flag}]`;
        flag = '';
      }
      if (this.drawable(cp)) out += ch;
      else if (!INVISIBLE.has(cp) && !(cp >= 0xe0020 && cp <= 0xe007f))
        out += `[${cp >= 0x1f000 ? 'emoji ' : ''}U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;
    }
    if (flag) out += `[flag ${flag}]`;
    return out;
  }
}

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
interface Run {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}
interface EmbeddedFontLike {
  scale: number;
  font: { glyphForCodePoint(cp: number): Glyph };
  layoutRun(text: string, features?: unknown): Run;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Run | { advanceWidth: number };
}

/**
 * Scripts that need no shaping: Latin, Greek, Cyrillic, punctuation, currency, arrows, symbols. Text
 * using only these is laid out glyph by glyph (cached advance widths); anything else (Arabic, Hebrew,
 * Indic scripts, combining marks) still goes through fontkit's full shaper. This is what keeps a
 * 10,000-post report to seconds: full shaping of every word was most of the time.
 */
const SIMPLE =
  /^[\t\n\u0020-\u02ff\u0370-\u03ff\u0400-\u0482\u048a-\u04ff\u1e00-\u1eff\u2000-\u20cf\u2100-\u27bf]*$/;

/**
 * Replaces the current pdfkit font's per-word shaping with a glyph-by-glyph layout for simple text:
 * one pass over the string with advance widths looked up in an array, instead of splitting it into
 * words, shaping each and caching every distinct word (ids and hashes make most words distinct).
 */
export function installFastLayout(doc: PDFKit.PDFDocument): void {
  const f = (doc as unknown as { _font?: EmbeddedFontLike })._font;
  if (!f || typeof f.layout !== 'function' || typeof f.font?.glyphForCodePoint !== 'function')
    throw new Error('The report font did not load.');
  const slow = f.layout.bind(f);
  const scale = f.scale;
  // Scripts in SIMPLE all sit below U+2800.
  const glyphs: (Glyph | undefined)[] = new Array<Glyph | undefined>(0x2800);
  const widths = new Float64Array(0x2800).fill(-1);
  const glyphOf = (cp: number): Glyph => {
    let g = glyphs[cp];
    if (!g) {
      g = f.font.glyphForCodePoint(cp);
      glyphs[cp] = g;
      widths[cp] = g.advanceWidth * scale;
    }
    return g;
  };
  f.layout = (text, features, onlyWidth) => {
    if (features || !SIMPLE.test(text)) return slow(text, features, onlyWidth);
    let advanceWidth = 0;
    if (onlyWidth) {
      for (let i = 0; i < text.length; i++) {
        const cp = text.charCodeAt(i);
        if (widths[cp]! < 0) glyphOf(cp);
        advanceWidth += widths[cp]!;
      }
      return { advanceWidth };
    }
    const run: Run = {
      glyphs: new Array<Glyph>(text.length),
      positions: new Array<Position>(text.length),
      advanceWidth: 0,
    };
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      const g = glyphOf(cp);
      const w = widths[cp]!;
      run.glyphs[i] = g;
      run.positions[i] = { xAdvance: w, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: w };
      advanceWidth += w;
    }
    run.advanceWidth = advanceWidth;
    return run;
  };
}
