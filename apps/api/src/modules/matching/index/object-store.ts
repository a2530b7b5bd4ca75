import type { CandidateMeta } from '../profiles/map-feed.ts';

/**
 * Candidates of the smaller catalogues (technicians, street-arts companies: thousands, not
 * hundreds of thousands) kept as scoring profiles; ranked exhaustively by the scoring core.
 */
export class ObjectStore<P extends { readonly id: string }> {
  private readonly byId = new Map<
    string,
    { meta: CandidateMeta; profile: P; lat: number; lon: number; price: number }
  >();
  private cache: { meta: CandidateMeta; profile: P; lat: number; lon: number; price: number }[] | null = null;

  constructor(private readonly locate: (p: P) => { lat: number; lon: number; price: number }) {}

  upsert(meta: CandidateMeta, profile: P): void {
    this.byId.set(meta.id, { meta, profile, ...this.locate(profile) });
    this.cache = null;
  }
  remove(id: string): boolean {
    this.cache = null;
    return this.byId.delete(id);
  }
  get(id: string) {
    return this.byId.get(id);
  }
  get size(): number {
    return this.byId.size;
  }
  entries() {
    this.cache ??= [...this.byId.values()];
    return this.cache;
  }
}
