/**
 * Detectors for personal information in the ORIGINAL text (the normaliser folds digits to letters,
 * which would ruin postcodes and phone numbers): UK postcodes, UK phone numbers, street addresses
 * and e-mail addresses. Plain char scanning, no regular expressions, so they are cheap to run on
 * every post that contains a digit or "@".
 */
export type DetectedKind =
  | 'postcode'
  | 'mobile'
  | 'landline'
  | 'parliament-phone'
  | 'freephone'
  | 'street-address'
  | 'street-name'
  | 'email'
  | 'parliament-email';

export interface Detected {
  kind: DetectedKind;
  start: number;
  end: number;
  value: string;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number): boolean => isDigit(c) || isAlpha(c);
const up = (c: number): number => (c >= 97 && c <= 122 ? c - 32 : c);

/** UK postcodes: outward A9, A99, A9A, AA9, AA99, AA9A; inward 9AA (no C I K M O V). */
export function findPostcodes(text: string): Detected[] {
  const out: Detected[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isAlpha(text.charCodeAt(i)) || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) continue;
    // every outward code has a digit second or third ("M1", "SW1A")
    if (!isDigit(text.charCodeAt(i + 1)) && !isDigit(text.charCodeAt(i + 2))) continue;
    const end = matchPostcode(text, i);
    if (end > 0) {
      out.push({ kind: 'postcode', start: i, end, value: text.slice(i, end).toUpperCase() });
      i = end;
    }
  }
  return out;
}

// Outward code shapes, longest first (A = letter, 9 = digit).
const OUTWARD = ['AA9A', 'AA99', 'A99', 'A9A', 'AA9', 'A9'];

function matchPostcode(t: string, i: number): number {
  const c0 = up(t.charCodeAt(i));
  if (c0 === 81 || c0 === 86 || c0 === 88) return -1; // Q V X never start a postcode
  for (const shape of OUTWARD) {
    let ok = true;
    for (let k = 0; k < shape.length && ok; k++) {
      const c = t.charCodeAt(i + k);
      ok = shape[k] === 'A' ? isAlpha(c) : isDigit(c);
    }
    if (!ok) continue;
    if (shape[1] === 'A') {
      const c1 = up(t.charCodeAt(i + 1));
      if (c1 === 73 || c1 === 74 || c1 === 90) continue; // I J Z never second
    }
    let j = i + shape.length;
    if (t.charCodeAt(j) === 32) j++;
    if (!isDigit(t.charCodeAt(j))) continue;
    const a = up(t.charCodeAt(j + 1));
    const b = up(t.charCodeAt(j + 2));
    if (badInward(a) || badInward(b)) continue;
    const end = j + 3;
    if (end < t.length && isAlnum(t.charCodeAt(end))) continue;
    return end;
  }
  return -1;
}

/** Inward-code letters never include C I K M O V. */
function badInward(c: number): boolean {
  return !(c >= 65 && c <= 90) || c === 67 || c === 73 || c === 75 || c === 77 || c === 79 || c === 86;
}

/** UK phone numbers: +44 or 0, then 10 digits, with spaces, dashes, dots or brackets between. */
export function findPhones(text: string): Detected[] {
  const out: Detected[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 43 && c !== 48 && c !== 40) continue;
    if (i > 0 && (isAlnum(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 43)) continue;
    let j = i;
    let digits = '';
    let lastDigit = -1;
    let seps = 0;
    while (j < text.length && digits.length < 13) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) {
        digits += text[j];
        lastDigit = j;
        seps = 0;
      } else if (
        (d === 32 || d === 45 || d === 46 || d === 40 || d === 41 || (d === 43 && j === i)) &&
        seps < 2
      ) {
        if (d !== 43) seps++;
      } else break;
      j++;
    }
    if (lastDigit < 0 || (lastDigit + 1 < text.length && isDigit(text.charCodeAt(lastDigit + 1)))) continue;
    let national = digits;
    if (text.charCodeAt(i) === 43 || (text.charCodeAt(i) === 40 && text.charCodeAt(i + 1) === 43)) {
      if (!digits.startsWith('44')) continue;
      national = '0' + digits.slice(2).replace(/^0/, '');
    }
    if (!national.startsWith('0') || national.length < 10 || national.length > 11) continue;
    let kind: DetectedKind | null = null;
    if (national.startsWith('07') && national.length === 11) kind = 'mobile';
    else if (national.startsWith('0207219'))
      kind = 'parliament-phone'; // the Commons switchboard
    else if (national.startsWith('080') || national.startsWith('0300') || national.startsWith('0345'))
      kind = 'freephone';
    else if (/^0[123]/.test(national)) kind = 'landline';
    if (!kind) continue;
    out.push({ kind, start: i, end: lastDigit + 1, value: national });
    i = lastDigit;
  }
  return out;
}

export const STREET_SUFFIXES = new Set(
  'road rd street st lane ln avenue ave close drive dr way crescent cres gardens gdns terrace tce place pl grove court ct mews row square sq walk hill park rise view green parade vale lea wharf yard gate end croft meadow meadows fields field approach chase copse dene garth wynd brae loan'.split(
    ' ',
  ),
);

/**
 * Street addresses: a house number (optionally "Flat 3," or "27b") followed by one to three words and
 * a street suffix ("14 Acacia Avenue"). Without a number, a capitalised name plus suffix ("Elm Road")
 * is reported as a weaker street-name hit.
 */
export function findStreetAddresses(text: string): Detected[] {
  // Word boundaries in reused scratch arrays: no substring is made for a word unless it could be a
  // street suffix that follows a house number or a capitalised word (this runs on many posts).
  if (wordStart.length < text.length + 1) {
    wordStart = new Int32Array(text.length * 2 + 16);
    wordEnd = new Int32Array(text.length * 2 + 16);
  }
  let count = 0;
  for (let i = 0; i < text.length;) {
    while (i < text.length && !isAlnum(text.charCodeAt(i))) i++;
    const s = i;
    while (i < text.length && (isAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === 39)) i++;
    if (i > s) {
      wordStart[count] = s;
      wordEnd[count] = i;
      count++;
    }
  }
  let out: Detected[] | null = null;
  // A post typed all in lower case has no capitals to go by: after a house number, plain words of
  // three letters or more may name the street ("41 hazelmere drive").
  const lowerOnly = !/[A-Z]/.test(text);
  for (let k = 0; k < count; k++) {
    const isNumber = houseNumber(text, wordStart[k]!, wordEnd[k]!);
    // Only a house number or a capitalised name can start an address ("14 Acacia Avenue", "Elm Road"),
    // or in a post all in lower case a plain word placed by "on", "off", "of" ("on thessaly rd").
    if (
      !isNumber &&
      !isCapital(text.charCodeAt(wordStart[k]!)) &&
      !(lowerOnly && lowerStreetAt(text, k, count))
    )
      continue;
    for (let n = 1; n <= 3; n++) {
      const suffixAt = k + n + (isNumber ? 0 : -1);
      if (!isNumber && n === 1) continue;
      if (suffixAt >= count || suffixAt <= k) break;
      if (!isStreetSuffix(text, wordStart[suffixAt]!, wordEnd[suffixAt]!)) continue;
      const first = isNumber ? k + 1 : k;
      let capitalised = first < suffixAt;
      for (let j = first; j < suffixAt && capitalised; j++)
        capitalised = isCapital(text.charCodeAt(wordStart[j]!)) || (!isNumber && lowerOnly);
      if (!capitalised && isNumber && first < suffixAt && lowerOnly) {
        capitalised = true;
        for (let j = first; j < suffixAt && capitalised; j++)
          capitalised = wordEnd[j]! - wordStart[j]! >= 3 && isAlpha(text.charCodeAt(wordStart[j]!));
      }
      if (!capitalised) break;
      // "The court heard…", "the High Court", "Crown Court": not a street.
      if (
        !isNumber &&
        notAStreet(text, wordStart[first]!, wordEnd[first]!, wordStart[suffixAt]!, wordEnd[suffixAt]!)
      )
        break;
      (out ??= []).push({
        kind: isNumber ? 'street-address' : 'street-name',
        start: wordStart[k]!,
        end: wordEnd[suffixAt]!,
        value: text.slice(wordStart[k]!, wordEnd[suffixAt]!),
      });
      k = suffixAt;
      break;
    }
  }
  if (!out) return NOTHING;
  const found = out;
  return found.filter(
    (d, i) =>
      !(
        d.kind === 'street-name' &&
        found.some((o, j) => j !== i && o.kind === 'street-address' && o.start <= d.start && o.end >= d.end)
      ),
  );
}

/** Capitalised words before a suffix that do not make a street name: "The Court", "Our Lane". */
const NOT_A_NAME = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'our',
  'his',
  'her',
  'their',
  'my',
  'your',
  'its',
]);
/** Courts of law: "Crown Court", "High Court", "Magistrates' Court". */
const LAW_COURTS = new Set([
  'crown',
  'high',
  'supreme',
  'magistrates',
  "magistrates'",
  'county',
  'family',
  'appeal',
  'appeals',
  'youth',
  'coroners',
  "coroner's",
  'sheriff',
]);

function notAStreet(
  text: string,
  nameStart: number,
  nameEnd: number,
  suffixStart: number,
  suffixEnd: number,
): boolean {
  const name = text.slice(nameStart, nameEnd).toLowerCase();
  if (NOT_A_NAME.has(name)) return true;
  const suffix = text.slice(suffixStart, suffixEnd).toLowerCase();
  return (suffix === 'court' || suffix === 'ct') && LAW_COURTS.has(name);
}

/** Words that place a street ("on", "off", "corner of"). */
const PLACED_BY = new Set(['on', 'off', 'of', 'in', 'near', 'at']);
/** Plain words that are not street names ("on the main road", "in our lane"). */
const NOT_STREET_NAMES = new Set([
  'the',
  'a',
  'main',
  'high',
  'big',
  'new',
  'old',
  'this',
  'that',
  'our',
  'my',
  'your',
  'his',
  'her',
  'their',
  'back',
  'side',
  'same',
  'wrong',
  'right',
  'open',
  'slip',
]);

/** In a post without capitals (the caller checks): word k starts a street's name if a placing word comes before it. */
function lowerStreetAt(text: string, k: number, count: number): boolean {
  if (k === 0 || k + 1 >= count) return false;
  const name = text.slice(wordStart[k]!, wordEnd[k]!);
  if (name.length < 3 || !isAlpha(name.charCodeAt(0)) || NOT_STREET_NAMES.has(name)) return false;
  return PLACED_BY.has(text.slice(wordStart[k - 1]!, wordEnd[k - 1]!));
}

let wordStart = new Int32Array(512);
let wordEnd = new Int32Array(512);
const isCapital = (c: number): boolean => c >= 65 && c <= 90;
/** Longest street suffix ("meadows", "approach", "crescent"). */
const MAX_SUFFIX = Math.max(...[...STREET_SUFFIXES].map((x) => x.length));

/** /^\d{1,4}[a-zA-Z]?$/ on text[s, e): "14", "27b". */
function houseNumber(text: string, s: number, e: number): boolean {
  let d = 0;
  while (s + d < e && isDigit(text.charCodeAt(s + d))) d++;
  if (d < 1 || d > 4) return false;
  return s + d === e || (s + d + 1 === e && isAlpha(text.charCodeAt(s + d)));
}

function isStreetSuffix(text: string, s: number, e: number): boolean {
  if (e - s < 2 || e - s > MAX_SUFFIX) return false;
  return STREET_SUFFIXES.has(text.slice(s, e).toLowerCase());
}

/** [A-Za-z0-9.-] */
function isDomainChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 45;
}

/** [A-Za-z0-9._%+-] */
function isLocalChar(c: number): boolean {
  return isDomainChar(c) || c === 95 || c === 37 || c === 43;
}

/** E-mail addresses; parliament.uk ones are published by Parliament itself. */
export function findEmails(text: string): Detected[] {
  let out = NOTHING;
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
    // No local part: a mention ("@USER"), the common case, ruled out before reading the domain.
    if (i === 0 || !isLocalChar(text.charCodeAt(i - 1))) continue;
    let s = i;
    while (s > 0 && isLocalChar(text.charCodeAt(s - 1))) s--;
    let e = i + 1;
    while (e < text.length && isDomainChar(text.charCodeAt(e))) e++;
    while (e > i + 1 && text[e - 1] === '.') e--;
    const domain = text.slice(i + 1, e).toLowerCase();
    if (!domain.includes('.')) continue;
    if (out === NOTHING) out = [];
    out.push({
      kind: domain.endsWith('parliament.uk') ? 'parliament-email' : 'email',
      start: s,
      end: e,
      value: text.slice(s, e),
    });
  }
  return out;
}

/**
 * Everything found, cheapest checks first: without a digit or "@" only an un-numbered street name can
 * be present, and that is looked for only when a doxxing phrase ("lives on") asks for it; addresses
 * only when the caller has seen a street word ("road", "close") among the tokens.
 */
export function detectPersonalInfo(
  text: string,
  lookForStreetNames = false,
  hasStreetWord = true,
  /** The digit and "@" statistics of `text` when the caller has them (normalise.ts counts them). */
  stats?: { digits: number; letterDigit: boolean; mailAt: boolean },
): Detected[] {
  // Cheap necessary conditions first: a postcode has a letter right before a digit ("SW1A", "M1"),
  // a UK phone number at least ten digits.
  let digits = 0;
  let letterDigit = false;
  if (stats) {
    digits = stats.digits;
    letterDigit = stats.letterDigit;
  } else
    for (let i = 0; i < text.length; i++) {
      if (!isDigit(text.charCodeAt(i))) continue;
      digits++;
      if (i > 0 && isAlpha(text.charCodeAt(i - 1))) letterDigit = true;
    }
  const hasDigit = digits > 0;
  let found = NOTHING;
  if (letterDigit) found = join(found, findPostcodes(text));
  if (digits >= 10) found = join(found, findPhones(text));
  if (hasStreetWord && (hasDigit || lookForStreetNames))
    found = join(
      found,
      findStreetAddresses(text).filter((d) => lookForStreetNames || d.kind === 'street-address'),
    );
  // An address needs a local part before its "@" (findEmails): a mention's "@" alone is not one.
  if (stats ? stats.mailAt : text.includes('@')) found = join(found, findEmails(text));
  return found;
}

/** Returned when nothing is found: shared, never written to. */
const NOTHING: Detected[] = [];

function join(a: Detected[], b: Detected[]): Detected[] {
  return b.length === 0 ? a : a.length === 0 ? b : a.concat(b);
}
