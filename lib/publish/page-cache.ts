/**
 * Rendered public pages by snapshot key. A key names one immutable snapshot version, so an
 * entry never goes stale; the map is only bounded.
 */
export function renderCache<T>(max = 500) {
  const entries = new Map<string, T>();
  return (key: string, render: () => T): T => {
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    const value = render();
    if (entries.size >= max) entries.delete(entries.keys().next().value!);
    entries.set(key, value);
    return value;
  };
}

/**
 * A least-recently-used map bounded both by entry count and by the bytes its values hold
 * (the caller says how big each value is). Reading an entry makes it the most recent;
 * storing one evicts the least recent until both bounds hold. A value bigger than the whole
 * budget is not kept.
 */
export class BoundedLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private held = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Map keeps insertion order: re-inserting moves the key to the most recent end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, bytes: number): void {
    this.delete(key);
    if (bytes > this.maxBytes || this.maxEntries < 1) return;
    this.entries.set(key, { value, bytes });
    this.held += bytes;
    while (this.entries.size > this.maxEntries || this.held > this.maxBytes) this.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.held -= entry.bytes;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.held;
  }
}
