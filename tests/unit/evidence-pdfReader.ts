/**
 * Just enough of a PDF reader to test report.pdf without poppler: it inflates the streams, reads each
 * font's ToUnicode map and turns every text-showing operator on every page back into text, one line
 * per operator. It understands what pdfkit writes (Type0 fonts, Identity-H, hex strings in TJ arrays),
 * not PDFs in general.
 */
import zlib from 'node:zlib';

interface Obj {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, Obj> {
  const s = pdf.toString('latin1');
  const out = new Map<number, Obj>();
  const re = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = re.lastIndex;
    const end = s.indexOf('endobj', start);
    const body = s.slice(start, end);
    const at = body.indexOf('stream');
    let dict = body;
    let stream: Buffer | null = null;
    if (at >= 0 && /^stream\r?\n/.test(body.slice(at))) {
      dict = body.slice(0, at);
      const dataStart = start + at + body.slice(at).indexOf('\n') + 1;
      const dataEnd = s.indexOf('endstream', dataStart);
      const raw = pdf.subarray(dataStart, dataEnd);
      stream = /FlateDecode/.test(dict) ? zlib.inflateSync(raw) : raw;
    }
    out.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return out;
}

function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function readCmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const r of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f ]+>)/gi)) {
      const lo = parseInt(r[1]!, 16);
      const hi = parseInt(r[2]!, 16);
      if (r[3]!.startsWith('[')) {
        // An entry outside the BMP is a surrogate pair, written with a space: <d83d de02>.
        const items = [...r[3]!.matchAll(/<([0-9a-f ]+)>/gi)].map((x) => utf16(x[1]!.replaceAll(' ', '')));
        items.forEach((u, i) => map.set(lo + i, u));
      } else {
        const base = utf16(r[3]!.slice(1, -1).replaceAll(' ', ''));
        for (let c = lo; c <= hi; c++)
          map.set(c, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (c - lo)));
      }
    }
  }
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const r of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f ]+)>/gi))
      map.set(parseInt(r[1]!, 16), utf16(r[2]!.replaceAll(' ', '')));
  return map;
}

const ref = (dict: string, key: string) => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

export interface PdfDoc {
  pages: string[];
  info: string;
}

export function readPdf(pdf: Buffer): PdfDoc {
  const objs = readObjects(pdf);
  const cmaps = new Map<number, Map<number, string>>();
  const cmapOf = (fontObj: number) => {
    let c = cmaps.get(fontObj);
    if (!c) {
      const tu = ref(objs.get(fontObj)?.dict ?? '', 'ToUnicode');
      c = tu !== null ? readCmap(objs.get(tu)!.stream!.toString('latin1')) : new Map();
      cmaps.set(fontObj, c);
    }
    return c;
  };
  const s = pdf.toString('latin1');
  const catalog = ref(/trailer[\s\S]*$/.exec(s)?.[0] ?? '', 'Root')!;
  const pagesRoot = ref(objs.get(catalog)!.dict, 'Pages')!;
  const kids = [
    ...(/\/Kids \[([^\]]*)\]/.exec(objs.get(pagesRoot)!.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g),
  ].map((k) => Number(k[1]));
  const pages = kids.map((pageNo) => {
    const page = objs.get(pageNo)!.dict;
    const resNo = ref(page, 'Resources');
    const res = resNo !== null ? objs.get(resNo)!.dict : page;
    const fonts = new Map<string, number>();
    for (const f of (/\/Font <<([\s\S]*?)>>/.exec(res)?.[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g))
      fonts.set(f[1]!, Number(f[2]));
    const content = objs.get(ref(page, 'Contents')!)!.stream!.toString('latin1');
    const lines: string[] = [];
    let font: Map<number, string> = new Map();
    for (const op of content.matchAll(
      /\/(\w+) [\d.]+ Tf|\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)*)\] TJ|<([0-9a-f]*)> Tj/gi,
    )) {
      if (op[1]) font = cmapOf(fonts.get(op[1]) ?? -1);
      else {
        const hex =
          op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1]).join('') : op[3]!;
        let line = '';
        for (let i = 0; i + 4 <= hex.length; i += 4)
          line += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
        lines.push(line);
      }
    }
    return lines.join('\n');
  });
  const infoNo = ref(/trailer[\s\S]*$/.exec(s)?.[0] ?? '', 'Info');
  return { pages, info: infoNo !== null ? objs.get(infoNo)!.dict : '' };
}
