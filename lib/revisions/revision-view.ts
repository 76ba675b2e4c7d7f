import type { ReanchorSummary } from "./reanchor-plan";

/** One entry of an article's revision list, as the API and pages show it. */
export interface RevisionSummaryView {
  number: number;
  note: string | null;
  createdBy: { id: string; name: string };
  createdAt: string;
  /** What re-anchoring did when this revision was saved; null for the original text. */
  reanchor: ReanchorSummary | null;
}

/** A revision with its content, for viewing it read-only. */
export interface RevisionView extends RevisionSummaryView {
  articleId: string;
  doc: unknown;
  text: string;
}

function parseSummary(json: string | null): ReanchorSummary | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as Partial<ReanchorSummary>;
    return { kept: Number(v.kept ?? 0), changed: Number(v.changed ?? 0), orphaned: Number(v.orphaned ?? 0), approvalsWithdrawn: Number(v.approvalsWithdrawn ?? 0) };
  } catch {
    return null;
  }
}

export function toRevisionSummary(r: {
  number: number;
  note: string | null;
  reanchor: string | null;
  createdAt: Date;
  createdBy: { id: string; name: string };
}): RevisionSummaryView {
  return {
    number: r.number,
    note: r.note,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    reanchor: parseSummary(r.reanchor),
  };
}
