import type { RatingScale } from "./rating-scale";

/**
 * What replacing a scale does to claims: keys that disappear while claims still use them
 * must each be mapped (moveTo) to a key of the new scale. Renaming a label keeps its key,
 * so it moves nothing.
 */
export function planRatingScaleChange(
  current: RatingScale,
  next: RatingScale,
  usage: Record<string, number>,
  moveTo: Record<string, string> = {},
): { unmapped: Record<string, number>; badTargets: string[]; moves: [from: string, to: string][] } {
  const kept = new Set(next.labels.map((l) => l.key));
  const removed = [...new Set([...current.labels.map((l) => l.key), ...Object.keys(usage)])].filter((k) => k !== "unchecked" && !kept.has(k) && (usage[k] ?? 0) > 0);
  const unmapped: Record<string, number> = {};
  const badTargets: string[] = [];
  const moves: [string, string][] = [];
  for (const key of removed) {
    const target = moveTo[key];
    if (!target) unmapped[key] = usage[key];
    else if (!kept.has(target)) badTargets.push(key);
    else moves.push([key, target]);
  }
  return { unmapped, badTargets, moves };
}
