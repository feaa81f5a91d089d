/**
 * Every time stored is ISO-8601 UTC with milliseconds ('2025-01-02T03:04:05.000Z'). Sources write
 * ISO strings (with or without fraction or offset), X v1.1's "Sat Jan 23 20:19:45 +0000 2016",
 * Unix seconds (numbers, floats or strings) and CrowdTangle's "2021-03-01 12:34:56 EST". Times with
 * a zone abbreviation are converted with a fixed table; an unknown zone is an error rather than a guess.
 */

/** Offsets in minutes. Ambiguous abbreviations (IST, CST-China, AST) take their most common reading for
 * our sources (US for CST/AST, India for IST); everything else unknown is refused. */
// prettier-ignore
const ZONES: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, UT: 0, WET: 0,
  BST: 60, IST: 330, WEST: 60, CET: 60, MET: 60, CEST: 120, MEST: 120, EET: 120, EEST: 180, MSK: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
  JST: 540, KST: 540, HKT: 480, SGT: 480, AWST: 480, ACST: 570, ACDT: 630, AEST: 600, AEDT: 660,
  NZST: 720, NZDT: 780, WIB: 420, PHT: 480, SAST: 120, WAT: 60, CAT: 120, EAT: 180,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5}(?:\s?[+-]\d{1,2}(?::?\d{2})?)?)?$/;
/** Where the stored form ('2025-01-02T03:04:05.000Z') has these characters; digits elsewhere. */
const CANONICAL_PUNCTUATION: Record<number, number> = {
  4: 45,
  7: 45,
  10: 84,
  13: 58,
  16: 58,
  19: 46,
  23: 90,
};
const TWITTER = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$/;

/** `zone` applies to times written without one; without it such times are refused. */
export function toIsoUtc(v: unknown, zone?: string): string {
  if (typeof v === 'number') return fromEpochSeconds(v);
  if (typeof v !== 'string') throw new Error(`expected a date and time, got ${typeof v}`);
  const s = v.trim();
  // Fast path for the form we store (X v2, Mastodon, Bluesky mostly write it): the round trip
  // through Date also refuses impossible dates such as 2021-02-30.
  if (s.length === 24 && isCanonicalShape(s) && isRealCanonical(s)) return s;
  if (/^\d+(\.\d+)?$/.test(s)) return fromEpochSeconds(Number(s));

  const iso = ISO_LIKE.exec(s);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', tz] = iso;
    const offset = zoneOffset(tz ?? zone, s);
    const ms = Number((frac + '000').slice(0, 3));
    return build(s, +y!, +mo!, +d!, +h, +mi, +sec, ms, offset);
  }
  const tw = TWITTER.exec(s);
  if (tw) {
    const [, mon, d, h, mi, sec, tz, y] = tw;
    const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    if (month === 0) throw new Error(`unknown month in ${JSON.stringify(s)}`);
    return build(s, +y!, month, +d!, +h!, +mi!, +sec!, 0, zoneOffset(tz, s));
  }
  throw new Error(`unrecognised date and time ${JSON.stringify(s.slice(0, 40))}`);
}

/**
 * Whether a 24-character string is written in the stored form: what /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
 * tests, read character by character (every post and author goes through here; the regular
 * expression left garbage each time).
 */
function isCanonicalShape(s: string): boolean {
  for (let i = 0; i < 24; i++) {
    const c = s.charCodeAt(i);
    const punctuation = CANONICAL_PUNCTUATION[i];
    if (punctuation === undefined ? c < 48 || c > 57 : c !== punctuation) return false;
  }
  return true;
}

/**
 * Whether a string already in the stored form names a real moment (refuses 2021-02-30, 25:00 and the
 * like). Arithmetic rather than a Date round trip: imports call this for every post and author.
 */
function isRealCanonical(s: string): boolean {
  const n = (at: number, len: number) => {
    let v = 0;
    for (let i = at; i < at + len; i++) v = v * 10 + (s.charCodeAt(i) - 48);
    return v;
  };
  const y = n(0, 4);
  const mo = n(5, 2);
  const d = n(8, 2);
  if (mo < 1 || mo > 12 || d < 1 || n(11, 2) > 23 || n(14, 2) > 59 || n(17, 2) > 59) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return d <= days;
}

/** Unix time; values too large for seconds are taken as milliseconds (some exporters write those). */
export function fromEpochSeconds(n: number): string {
  if (!Number.isFinite(n) || n < 0) throw new Error(`expected a Unix time, got ${n}`);
  const ms = n > 1e11 ? n : n * 1000;
  return new Date(Math.round(ms)).toISOString();
}

function zoneOffset(tz: string | undefined, s: string): number {
  if (tz === undefined) throw new Error(`no time zone in ${JSON.stringify(s)} and none assumed`);
  const numeric = /^(?:([A-Za-z]{1,5})\s?)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(tz);
  if (numeric) {
    const [, base, sign, hh, mm = '0'] = numeric;
    const baseOffset = base ? zoneOffset(base.toUpperCase(), s) : 0;
    return baseOffset + (sign === '-' ? -1 : 1) * (+hh! * 60 + +mm);
  }
  const known = ZONES[tz.toUpperCase()];
  if (known === undefined) throw new Error(`unknown time zone ${JSON.stringify(tz)} in ${JSON.stringify(s)}`);
  return known;
}

function build(
  s: string,
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  sec: number,
  ms: number,
  offsetMin: number,
): string {
  const utc = Date.UTC(y, mo - 1, d, h, mi, sec, ms);
  const check = new Date(utc);
  // Date.UTC silently rolls 2021-02-30 over to March; refuse impossible dates instead.
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || sec > 60) {
    throw new Error(`impossible date ${JSON.stringify(s)}`);
  }
  return new Date(utc - offsetMin * 60_000).toISOString();
}
