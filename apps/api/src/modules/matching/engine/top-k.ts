/** The k best (score in tenths, then id ascending) seen so far; k is a page of results. */
export class TopK {
  readonly items: { t: number; id: string; slot: number }[] = [];
  constructor(readonly k: number) {}

  /** Score a candidate must reach (ties included: an equal score with a smaller id still enters). */
  get threshold(): number {
    return this.items.length < this.k ? Number.NEGATIVE_INFINITY : this.items[this.k - 1]!.t;
  }

  offer(t: number, id: string, slot: number): void {
    const items = this.items;
    if (this.k <= 0) return;
    if (items.length === this.k) {
      const last = items[this.k - 1]!;
      if (t < last.t || (t === last.t && id > last.id)) return;
      items.pop();
    }
    let i = items.length;
    while (i > 0) {
      const prev = items[i - 1]!;
      if (prev.t > t || (prev.t === t && prev.id < id)) break;
      i--;
    }
    items.splice(i, 0, { t, id, slot });
  }
}
