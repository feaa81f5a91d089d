/**
 * Counts as exports write them: numbers, numeric strings, locale-grouped strings ("1,234", "1.234",
 * "1 234", "1'234") and abbreviations ("12K", "1.2M", "3,4 Mio"). Counts are whole numbers, so a
 * separator followed by exactly three digits is read as grouping, never as a decimal point.
 */

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, mio: 1e6, mn: 1e6, b: 1e9, bn: 1e9, mrd: 1e9 };

export function parseCount(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/\u00a0|\u202f/g, ' ');
  if (s === '' || /^(n\/?a|null|none|-|–)$/i.test(s)) return null;

  const abbreviated = /^([+-]?\d+(?:[.,]\d+)?)\s*([a-z]+)$/i.exec(s);
  if (abbreviated) {
    const factor = SUFFIX[abbreviated[2]!.toLowerCase()];
    if (factor === undefined) return null;
    return Math.round(Number(abbreviated[1]!.replace(',', '.')) * factor);
  }
  // Grouped thousands with any one consistent separator: 1,234 / 1.234.567 / 1 234 / 1'234.
  const grouped = /^([+-]?\d{1,3})((?:([,. '])\d{3})(?:\3\d{3})*)$/.exec(s);
  if (grouped) return Number(grouped[1]! + grouped[2]!.replace(/[,. ']/g, ''));
  // Grouped with a decimal part (1,234.5 or 1.234,5): the last separator is the decimal one.
  const mixed = /^([+-]?\d{1,3}(?:([,.])\d{3})+)([,.])(\d+)$/.exec(s);
  if (mixed && mixed[2] !== mixed[3]) return Number(`${mixed[1]!.replace(/[,.]/g, '')}.${mixed[4]!}`);
  if (/^[+-]?\d+(?:[.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return null;
}

/** Builds a metrics object keeping only usable counts, so `metrics` holds numbers and nothing else. */
export function metrics(entries: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  // for…in, not Object.entries: one call per imported post, and the pairs were pure garbage.
  for (const key in entries) {
    const n = parseCount(entries[key]);
    if (n !== null) out[key] = n;
  }
  return out;
}
