// A small in-memory limiter per client address: at most `limit` hits in each `windowMs`. Used
// against guessing class codes and against floods of new classes. Bounded: old windows are dropped.
export class RateLimit {
  private hits = new Map<string, { start: number; count: number }>();

  constructor(private readonly limit: number, private readonly windowMs: number, private readonly maxKeys = 10_000) {}

  /** Is this key over its limit now (without counting a hit). */
  blocked(key: string, now = Date.now()): boolean {
    const h = this.hits.get(key);
    return !!h && now - h.start < this.windowMs && h.count >= this.limit;
  }

  /** Counts a hit for this key. */
  hit(key: string, now = Date.now()): void {
    const h = this.hits.get(key);
    if (h && now - h.start < this.windowMs) { h.count++; return; }
    if (this.hits.size >= this.maxKeys) this.prune(now);
    this.hits.set(key, { start: now, count: 1 });
  }

  private prune(now: number): void {
    for (const [k, h] of this.hits) if (now - h.start >= this.windowMs) this.hits.delete(k);
    // Still full (a flood of addresses): forget the oldest half rather than grow without bound.
    if (this.hits.size >= this.maxKeys) [...this.hits.keys()].slice(0, this.maxKeys / 2).forEach((k) => this.hits.delete(k));
  }
}
