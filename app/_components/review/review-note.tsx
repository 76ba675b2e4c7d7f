import { reviewNoteHeading } from "@/lib/domain/review-display";
import type { ReviewNoteView } from "@/lib/contracts/claims";

/** The reviewer's note where the editor works: "Sent back by Rui Reviewer: add the 2019 figure." */
export function ReviewNote({ note, compact = false }: { note: ReviewNoteView; compact?: boolean }) {
  if (compact) {
    return (
      <span className="mt-1 block text-xs text-red-900" data-testid="review-note">
        <span className="font-semibold">{reviewNoteHeading(note)}:</span> {note.note.length > 90 ? `${note.note.slice(0, 89)}…` : note.note}
      </span>
    );
  }
  return (
    <div className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-950" data-testid="review-note" role="note">
      <p className="font-semibold">{reviewNoteHeading(note)}:</p>
      <p className="whitespace-pre-wrap">{note.note}</p>
      <p className="mt-1 text-xs text-red-900">It stays here until the claim is submitted for review again.</p>
    </div>
  );
}
