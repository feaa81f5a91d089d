/**
 * Character folding tables used by the normaliser. Kept apart from the normaliser so the tables can be
 * read (and audited) on their own: they decide which disguised spellings the rules and the model see
 * as the plain word.
 */

/** Lookalike letters from other scripts that abusers use to dodge word filters ("іdіot" with Cyrillic і). */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  з: '3',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ո: 'n',
  ս: 'u',
  һ: 'h',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  μ: 'u',
  γ: 'y',
  // Latin extras that NFKD leaves alone
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ƒ: 'f',
  ɑ: 'a',
  ɡ: 'g',
  // Typographic punctuation folded to ASCII so quote and apostrophe handling sees one form
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u02BC': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
  '€': '€',
  '£': '£',
};

/**
 * Leetspeak: digits and symbols standing for letters. Applied only inside words that also contain
 * letters (see normalise.ts), so "2019" and "£5" stay as they are.
 */
export const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '+': 't',
  '€': 'e',
};

/** Code points removed outright: zero-width joiners/spaces, soft hyphen, variation selectors, BOM. */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0x034f ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

const foldCache = new Map<number, string>();

/**
 * Fold one non-ASCII code point: compatibility normalisation (NFKC: fullwidth and "𝐛𝐨𝐥𝐝" letters),
 * then accents stripped (NFD minus combining marks: "fück", zalgo), lower case, then lookalikes.
 * Cached because posts repeat the same few hundred code points.
 */
export function foldCodePoint(cp: number): string {
  let r = foldCache.get(cp);
  if (r !== undefined) return r;
  const ch = String.fromCodePoint(cp);
  if (
    isInvisible(cp) ||
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x20d0 && cp <= 0x20ff)
  ) {
    r = '';
  } else if (isPictographic(cp)) {
    r = ch;
  } else {
    const direct = CONFUSABLES[ch];
    if (direct !== undefined) {
      r = direct;
    } else {
      const decomposed = ch.normalize('NFKC').normalize('NFD');
      let out = '';
      for (const c of decomposed) {
        const code = c.codePointAt(0) ?? 0;
        if ((code >= 0x300 && code <= 0x36f) || isInvisible(code)) continue;
        const lower = c.toLowerCase();
        out += CONFUSABLES[lower] ?? lower;
      }
      r = out;
    }
  }
  foldCache.set(cp, r);
  return r;
}

/** Emoji and pictographs: kept as tokens of their own (🔪, 🐀 and friends carry meaning here). */
export function isPictographic(cp: number): boolean {
  return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2b00 && cp <= 0x2bff);
}
