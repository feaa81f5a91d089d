/**
 * Turns what a person types in the search box into a safe SQLite FTS5 query, or explains what is wrong.
 *
 * Accepted: words, "exact phrases", prefix* (at least 2 letters), AND / OR / NOT (capitals, as in most
 * search engines; lower-case and/or/not are ordinary words), -word to exclude, and (brackets). Words
 * next to each other must all appear. Every word and phrase is re-quoted on output, so FTS5 never sees
 * user syntax it could choke on (column filters, NEAR, ^, stray quotes). Accent-insensitivity comes from
 * the index's tokenizer (unicode61 remove_diacritics 2). Pure TypeScript: the renderer type-checks it.
 */

export class SearchSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchSyntaxError';
  }
}

type Token =
  | { t: 'word'; v: string; prefix: boolean }
  | { t: 'phrase'; v: string }
  | { t: 'and' | 'or' | 'not' | 'minus' | 'open' | 'close' };

type Node =
  | { k: 'term'; fts: string }
  | { k: 'and'; pos: Node[]; neg: Node[] }
  | { k: 'or'; items: Node[] }
  | { k: 'not'; item: Node };

const MAX_TERMS = 32;

function tokenise(input: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === '\u201c' || c === '\u201d') {
      const end = input.slice(i + 1).search(/["\u201c\u201d]/);
      if (end === -1)
        throw new SearchSyntaxError(
          'A quotation mark is not closed. Add the closing " after the phrase, or remove the quotation mark.',
        );
      out.push({ t: 'phrase', v: input.slice(i + 1, i + 1 + end) });
      i += end + 2;
    } else if (c === '(') {
      out.push({ t: 'open' });
      i++;
    } else if (c === ')') {
      out.push({ t: 'close' });
      i++;
    } else if (c === '-' && (out.length === 0 || /[\s(]/.test(input[i - 1] ?? ' '))) {
      out.push({ t: 'minus' });
      i++;
    } else {
      let j = i;
      while (j < input.length && !/[\s"()\u201c\u201d]/.test(input[j]!)) j++;
      const raw = input.slice(i, j);
      i = j;
      if (raw === 'AND' || raw === 'OR' || raw === 'NOT') {
        out.push({ t: raw.toLowerCase() as 'and' | 'or' | 'not' });
        continue;
      }
      const prefix = raw.endsWith('*');
      const v = raw.replace(/\*+$/, '');
      if (prefix && wordChars(v) < 2)
        throw new SearchSyntaxError(
          `"${raw}" is too short to search by its beginning. Type at least two letters before the *.`,
        );
      if (wordChars(v) === 0) continue; // punctuation on its own: nothing to look for
      out.push({ t: 'word', v, prefix });
    }
  }
  return out;
}

/** Letters and digits, the characters the index keeps. */
function wordChars(s: string): number {
  return (s.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

function quote(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

class Parser {
  private i = 0;
  terms = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.orExpr();
    const extra = this.tokens[this.i];
    if (extra?.t === 'close')
      throw new SearchSyntaxError('There is a ")" without a matching "(". Remove it or add the "(".');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private orExpr(): Node {
    const items = [this.andExpr()];
    while (this.peek()?.t === 'or') {
      this.i++;
      if (this.atEnd()) throw new SearchSyntaxError('OR needs a word after it, as in: traitor OR liar.');
      items.push(this.andExpr());
    }
    return items.length === 1 ? items[0]! : { k: 'or', items };
  }

  private atEnd(): boolean {
    const t = this.peek();
    return !t || t.t === 'close' || t.t === 'or' || t.t === 'and';
  }

  private andExpr(): Node {
    const pos: Node[] = [];
    const neg: Node[] = [];
    if (this.peek()?.t === 'and') throw new SearchSyntaxError('AND needs a word before it.');
    for (;;) {
      const t = this.peek();
      if (!t || t.t === 'close' || t.t === 'or') break;
      if (t.t === 'and') {
        this.i++;
        if (this.atEnd()) throw new SearchSyntaxError('AND needs a word after it, as in: traitor AND liar.');
        continue;
      }
      const n = this.unary();
      if (n.k === 'not') neg.push(n.item);
      else pos.push(n);
    }
    if (pos.length === 0 && neg.length === 0) {
      if (this.peek()?.t === 'or') throw new SearchSyntaxError('OR needs a word before it.');
      throw new SearchSyntaxError('Type a word or phrase to search for.');
    }
    if (pos.length === 0)
      throw new SearchSyntaxError(
        'NOT (or -) only leaves words out. Add a word to look for as well, as in: traitor NOT tory.',
      );
    if (neg.length === 0 && pos.length === 1) return pos[0]!;
    return { k: 'and', pos, neg };
  }

  private unary(): Node {
    const t = this.peek();
    if (t?.t === 'not' || t?.t === 'minus') {
      this.i++;
      if (this.atEnd()) throw new SearchSyntaxError('NOT (or -) needs a word after it, as in: NOT tory.');
      const inner = this.unary();
      if (inner.k === 'not') throw new SearchSyntaxError('Two NOTs in a row cancel out. Remove both.');
      return { k: 'not', item: inner };
    }
    return this.primary();
  }

  private primary(): Node {
    const t = this.tokens[this.i++];
    if (!t) throw new SearchSyntaxError('The search ends too soon. Add a word at the end.');
    if (t.t === 'open') {
      if (this.peek()?.t === 'close') throw new SearchSyntaxError('The brackets "()" are empty.');
      const inner = this.orExpr();
      if (this.tokens[this.i]?.t !== 'close')
        throw new SearchSyntaxError('A "(" is not closed. Add the ")" or remove the "(".');
      this.i++;
      return inner;
    }
    if (t.t === 'word' || t.t === 'phrase') {
      if (++this.terms > MAX_TERMS)
        throw new SearchSyntaxError(`That search has more than ${MAX_TERMS} words. Shorten it.`);
      if (t.t === 'phrase' && wordChars(t.v) === 0)
        throw new SearchSyntaxError('The quotation marks hold no words. Put a phrase between them.');
      return { k: 'term', fts: t.t === 'word' && t.prefix ? `${quote(t.v)}*` : quote(t.v) };
    }
    if (t.t === 'close') throw new SearchSyntaxError('There is a ")" without a matching "(".');
    throw new SearchSyntaxError(`${t.t.toUpperCase()} needs a word before and after it.`);
  }
}

function render(n: Node): string {
  switch (n.k) {
    case 'term':
      return n.fts;
    case 'or':
      return `(${n.items.map(render).join(' OR ')})`;
    case 'and': {
      const pos = n.pos.map(render).join(' AND ');
      if (n.neg.length === 0) return `(${pos})`;
      return `((${pos}) NOT (${n.neg.map(render).join(' OR ')}))`;
    }
    case 'not':
      // Only reachable inside an OR ("a OR NOT b"): FTS5 has no "everything except".
      throw new SearchSyntaxError('NOT needs a word to leave out from, as in: traitor NOT tory.');
  }
}

/**
 * The FTS5 MATCH expression for what the user typed. Throws SearchSyntaxError with a plain message a
 * person can act on; returns null for a blank search.
 */
export function toFtsQuery(input: string): string | null {
  if (input.trim() === '') return null;
  const tokens = tokenise(input.normalize('NFC'));
  if (tokens.length === 0)
    throw new SearchSyntaxError('That search has no letters or numbers in it. Type a word to look for.');
  return render(new Parser(tokens).parse());
}

/** The words and phrases a search looks for (not the excluded ones), for highlighting matches. */
export function searchTerms(input: string): { text: string; prefix: boolean }[] {
  let tokens: Token[];
  try {
    tokens = tokenise(input.normalize('NFC'));
  } catch {
    return [];
  }
  const out: { text: string; prefix: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev && (prev.t === 'not' || prev.t === 'minus')) continue;
    if (t.t === 'word') out.push({ text: t.v, prefix: t.prefix });
    else if (t.t === 'phrase' && wordChars(t.v) > 0) out.push({ text: t.v, prefix: false });
  }
  return out;
}
