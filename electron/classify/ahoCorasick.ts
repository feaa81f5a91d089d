/**
 * Aho–Corasick automaton over word ids (not characters): every lexicon phrase is a sequence of word
 * ids, and one left-to-right pass over a post's tokens reports every phrase that ends at each token,
 * in time linear in the post plus the matches. This replaces a giant alternation regex, which was
 * measured ~7× slower and cannot report which entry matched without re-scanning.
 */
export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private fail = new Int32Array(1);
  private readonly own: number[][] = [[]];
  private out: Int32Array[] = [];
  private built = false;

  /** Add a phrase (word ids) that reports `pattern` when matched. */
  add(seq: readonly number[], pattern: number): void {
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
    this.built = true;
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
        const to = this.next[node]?.get(sym);
        if (to !== undefined) {
          node = to;
          break;
        }
        if (node === 0) break;
        node = this.fail[node] ?? 0;
      }
      const outs = this.out[node];
      if (outs && outs.length > 0) for (let k = 0; k < outs.length; k++) onMatch(outs[k] ?? 0, i);
    }
  }

  get size(): number {
    return this.next.length;
  }
}
