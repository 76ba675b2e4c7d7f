/**
 * Where a popup (a suggestion list, a picker) goes beside the input it belongs to, in
 * viewport coordinates for `position: fixed`: below the input when it fits, above when
 * there is more room there, never past the viewport's edges, and never taller than the
 * room it has (it scrolls inside instead). Fixed positioning also lifts it out of panels
 * that scroll or clip (overflow), which an absolutely placed list would be cut by.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface PopupPlacement {
  top: number;
  left: number;
  width: number;
  maxHeight: number;
  side: "below" | "above";
}

export function placePopup(anchor: Box, popup: { width: number; height: number }, viewport: { width: number; height: number }, gap = 4, margin = 8): PopupPlacement {
  const width = Math.min(popup.width, viewport.width - 2 * margin);
  const left = Math.min(Math.max(anchor.left, margin), viewport.width - margin - width);
  const below = viewport.height - margin - (anchor.top + anchor.height + gap);
  const above = anchor.top - gap - margin;
  const side = popup.height <= below || below >= above ? "below" : "above";
  const room = Math.max(side === "below" ? below : above, 0);
  const height = Math.min(popup.height, room);
  const top = side === "below" ? anchor.top + anchor.height + gap : anchor.top - gap - height;
  return { top, left, width, maxHeight: room, side };
}
