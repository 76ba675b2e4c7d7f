"use client";
import { useLayoutEffect, useState, type RefObject } from "react";
import { placePopup, type PopupPlacement } from "./place-popup";

/**
 * Keeps a fixed-position popup against its anchor while open: placed on open, and again on
 * scroll (of any ancestor) and resize. `size` is the popup's preferred width and height.
 */
export function useAnchoredPopup(anchorRef: RefObject<HTMLElement | null>, open: boolean, size: { width: number; height: number }): PopupPlacement | null {
  const [placement, setPlacement] = useState<PopupPlacement | null>(null);
  const { width, height } = size;
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const el = anchorRef.current;
      if (!el) return;
      const r = el.getBoundingClientRect();
      setPlacement(placePopup({ top: r.top, left: r.left, width: r.width, height: r.height }, { width, height }, { width: window.innerWidth, height: window.innerHeight }));
    };
    place();
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
    };
  }, [anchorRef, open, width, height]);
  return open ? placement : null;
}
