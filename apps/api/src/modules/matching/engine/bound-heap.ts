/**
 * Max-heap of (upper bound, reference, tag) in typed arrays, reused across queries (the engine
 * is synchronous), so a search allocates nothing per open item.
 */
export class BoundHeap {
  private keys = new Float64Array(1024);
  private refs = new Int32Array(1024);
  private tags = new Int32Array(1024);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0]!;
  }
  topRef(): number {
    return this.refs[0]!;
  }
  topTag(): number {
    return this.tags[0]!;
  }

  push(key: number, ref: number, tag: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! >= key) break;
      this.move(parent, i);
      i = parent;
    }
    keys[i] = key;
    this.refs[i] = ref;
    this.tags[i] = tag;
  }

  pop(): void {
    const n = --this.size;
    if (n === 0) return;
    const keys = this.keys;
    const key = keys[n]!;
    const ref = this.refs[n]!;
    const tag = this.tags[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && keys[c + 1]! > keys[c]!) c++;
      if (keys[c]! <= key) break;
      this.move(c, i);
      i = c;
    }
    keys[i] = key;
    this.refs[i] = ref;
    this.tags[i] = tag;
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from]!;
    this.refs[to] = this.refs[from]!;
    this.tags[to] = this.tags[from]!;
  }

  private grow(): void {
    const n = this.keys.length * 2;
    const keys = new Float64Array(n);
    keys.set(this.keys);
    const refs = new Int32Array(n);
    refs.set(this.refs);
    const tags = new Int32Array(n);
    tags.set(this.tags);
    this.keys = keys;
    this.refs = refs;
    this.tags = tags;
  }
}
