/**
 * Aho–Corasick automaton over word ids (not characters): every lexicon phrase is a sequence of word
 * ids, and one left-to-right pass over a post's tokens reports every phrase that ends at each token,
 * in time linear in the post plus the matches. This replaces a giant alternation regex, which was
 * measured ~7× slower and cannot report which entry matched without re-scanning.
 */
export class AhoCorasick {
  // The trie while phrases are added; build() turns it into flat typed arrays and lets it go (a Map
  // and an array per node cost the import's two classifiers several MB: issue 3's memory target).
  private next: Map<number, number>[] = [new Map()];
  private fail = new Int32Array(1);
  private own: number[][] = [[]];
  private out: Int32Array[] = [];
  // Each node's outputs, with its failure chain's: outFlat[outStart[node] .. outStart[node + 1]).
  private outStart = new Int32Array(2);
  private outFlat = new Int32Array(0);
  private nodes = 1;
  private built = false;
  // Flat transitions built by build(): a dense table for the root (every known word may start a
  // phrase) and open addressing over (node, word id) for the rest; no Map lookups while searching.
  private rootNext = new Int32Array(0);
  private edgeMask = 0;
  private edgeNode = new Int32Array(0);
  private edgeSym = new Int32Array(0);
  private edgeTo = new Int32Array(0);
  private hasOut = new Uint8Array(0);

  /** Add a phrase (word ids) that reports `pattern` when matched. */
  add(seq: readonly number[], pattern: number): void {
    if (this.built) throw new Error('the automaton is built: add every phrase before the first search');
    let node = 0;
    for (const sym of seq) {
      const edges = this.next[node];
      if (!edges) throw new Error('corrupt automaton');
      let to = edges.get(sym);
      if (to === undefined) {
        to = this.next.length;
        edges.set(sym, to);
        this.next.push(new Map());
        this.own.push([]);
      }
      node = to;
    }
    this.own[node]?.push(pattern);
    this.built = false;
  }

  /** Breadth-first failure links; each node's outputs include those of its failure chain. */
  build(): void {
    const n = this.next.length;
    this.fail = new Int32Array(n);
    this.out = new Array<Int32Array>(n);
    const queue: number[] = [];
    this.out[0] = Int32Array.from(this.own[0] ?? []);
    for (const to of this.next[0]?.values() ?? []) {
      this.fail[to] = 0;
      queue.push(to);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] ?? 0;
      const f = this.fail[node] ?? 0;
      this.out[node] = Int32Array.from([...(this.own[node] ?? []), ...(this.out[f] ?? [])]);
      for (const [sym, to] of this.next[node] ?? []) {
        let g = f;
        while (g !== 0 && !this.next[g]?.has(sym)) g = this.fail[g] ?? 0;
        const target = this.next[g]?.get(sym);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        queue.push(to);
      }
    }
    this.flatten();
    // Outputs packed into one array; the trie and the per-node arrays are no longer needed.
    const outStart = new Int32Array(n + 1);
    for (let node = 0; node < n; node++) outStart[node + 1] = outStart[node]! + (this.out[node]?.length ?? 0);
    const outFlat = new Int32Array(outStart[n]!);
    for (let node = 0; node < n; node++) if (this.out[node]) outFlat.set(this.out[node]!, outStart[node]!);
    this.outStart = outStart;
    this.outFlat = outFlat;
    this.nodes = n;
    this.next = [];
    this.own = [];
    this.out = [];
    this.built = true;
  }

  private flatten(): void {
    let maxSym = -1;
    let edges = 0;
    for (const m of this.next) {
      edges += m.size;
      for (const sym of m.keys()) if (sym > maxSym) maxSym = sym;
    }
    this.rootNext = new Int32Array(maxSym + 1).fill(-1);
    for (const [sym, to] of this.next[0] ?? []) this.rootNext[sym] = to;
    let size = 16;
    while (size < edges * 2) size *= 2;
    this.edgeMask = size - 1;
    this.edgeNode = new Int32Array(size).fill(-1);
    this.edgeSym = new Int32Array(size);
    this.edgeTo = new Int32Array(size);
    this.next.forEach((m, node) => {
      if (node === 0) return;
      for (const [sym, to] of m) {
        let k = edgeSlot(node, sym, this.edgeMask);
        while (this.edgeNode[k] !== -1) k = (k + 1) & this.edgeMask;
        this.edgeNode[k] = node;
        this.edgeSym[k] = sym;
        this.edgeTo[k] = to;
      }
    });
    this.hasOut = Uint8Array.from(this.out, (o) => (o && o.length > 0 ? 1 : 0));
  }

  /** The child of `node` on word `sym`, or -1. */
  private goto(node: number, sym: number): number {
    if (node === 0) return sym < this.rootNext.length ? this.rootNext[sym]! : -1;
    const mask = this.edgeMask;
    for (let k = edgeSlot(node, sym, mask); ; k = (k + 1) & mask) {
      const n = this.edgeNode[k]!;
      if (n === -1) return -1;
      if (n === node && this.edgeSym[k] === sym) return this.edgeTo[k]!;
    }
  }

  /**
   * Like search(), writing (pattern, lastIndex) pairs into `out`; returns how many matches there
   * were, negated if `out` was too small to hold them all (grow it to 2 × that and search again).
   */
  searchInto(ids: ArrayLike<number>, count: number, out: Int32Array): number {
    if (!this.built) this.build();
    // The tables as locals and goto() inline: this runs on every post.
    const { rootNext, edgeNode, edgeSym, edgeTo, edgeMask: mask, fail, hasOut, outStart, outFlat } = this;
    const rootSize = rootNext.length;
    let node = 0;
    let found = 0;
    for (let i = 0; i < count; i++) {
      const sym = ids[i]!;
      if (sym < 0) {
        node = 0;
        continue;
      }
      for (;;) {
        let to = -1;
        if (node === 0) to = sym < rootSize ? rootNext[sym]! : -1;
        else
          for (let k = edgeSlot(node, sym, mask); ; k = (k + 1) & mask) {
            const n = edgeNode[k]!;
            if (n === -1) break;
            if (n === node && edgeSym[k] === sym) {
              to = edgeTo[k]!;
              break;
            }
          }
        if (to >= 0) {
          node = to;
          break;
        }
        if (node === 0) break;
        node = fail[node]!;
      }
      if (hasOut[node] === 1) {
        const to = outStart[node + 1]!;
        for (let k = outStart[node]!; k < to; k++) {
          if (2 * found + 1 < out.length) {
            out[2 * found] = outFlat[k]!;
            out[2 * found + 1] = i;
          }
          found++;
        }
      }
    }
    return 2 * found <= out.length ? found : -found;
  }

  /** Call `onMatch(pattern, lastIndex)` for every phrase ending at each position of `ids` (-1 = unknown word). */
  search(ids: ArrayLike<number>, count: number, onMatch: (pattern: number, lastIndex: number) => void): void {
    if (!this.built) this.build();
    let node = 0;
    for (let i = 0; i < count; i++) {
      const sym = ids[i] ?? -1;
      if (sym < 0) {
        node = 0;
        continue;
      }
      for (;;) {
        const to = this.goto(node, sym);
        if (to >= 0) {
          node = to;
          break;
        }
        if (node === 0) break;
        node = this.fail[node] ?? 0;
      }
      const to = this.outStart[node + 1]!;
      for (let k = this.outStart[node]!; k < to; k++) onMatch(this.outFlat[k]!, i);
    }
  }

  get size(): number {
    return this.built ? this.nodes : this.next.length;
  }
}

function edgeSlot(node: number, sym: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(sym, 0x85ebca6b)) & mask;
}
