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
