/**
 * JSON.parse rounds integers beyond 2^53, and TikTok's Research API (among others) writes 64-bit ids
 * as bare numbers: 7028743950684949650 would come back as 7028743950684950000, another video's id.
 * This parse turns such integers into strings first, so the mappers get every digit. Readers of
 * json/ndjson files should use it instead of JSON.parse (Node 20 has no JSON.parse source access).
 */

export function parseJsonLossless(source: string): unknown {
  return JSON.parse(quoteBigIntegers(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source));
}

/** Quotes integer literals outside strings whose value is not exactly representable as a double. */
export function quoteBigIntegers(json: string): string {
  // Most files have no 16-digit run at all; skip the scan for them.
  if (!/\d{16}/.test(json)) return json;
  let out = '';
  let last = 0;
  let i = 0;
  const n = json.length;
  while (i < n) {
    const c = json.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string, honouring escapes.
      i++;
      while (i < n && json.charCodeAt(i) !== 0x22) i += json.charCodeAt(i) === 0x5c ? 2 : 1;
      i++;
      continue;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const start = i;
      i++;
      while (i < n && /[0-9eE+.-]/.test(json[i]!)) i++;
      const literal = json.slice(start, i);
      if (/^-?\d{16,}$/.test(literal) && !Number.isSafeInteger(Number(literal))) {
        out += `${json.slice(last, start)}"${literal}"`;
        last = i;
      }
      continue;
    }
    i++;
  }
  return last === 0 ? json : out + json.slice(last);
}
