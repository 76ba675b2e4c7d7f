"use client";
import { useEffect, useRef } from "react";
import type { Editor } from "@tiptap/react";
import { isTempId } from "./state";

const HASH = /^#claim-(.+)$/;

/**
 * Links to one claim: `/articles/{id}?claim={claimId}` (mentions, search, the review queue)
 * or `#claim-{claimId}` open that claim on load and scroll its words into view. The open
 * claim is kept in the address (replaceState, no new history entry) so the link can be shared.
 */
export function useClaimUrl(input: { selectedId: string | null; editor: Editor | null; open: (id: string) => void }) {
  const { selectedId, editor, open } = input;
  const arrived = useRef(false);
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });

  // Once the editor has drawn the claims: show the claim the link named.
  useEffect(() => {
    if (!editor || arrived.current) return;
    arrived.current = true;
    const fromHash = HASH.exec(window.location.hash)?.[1];
    const id = fromHash ? decodeURIComponent(fromHash) : selectedId;
    if (id) requestAnimationFrame(() => openRef.current(id));
  }, [editor, selectedId]);

  useEffect(() => {
    const onHash = () => {
      const id = HASH.exec(window.location.hash)?.[1];
      if (id) openRef.current(decodeURIComponent(id));
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  useEffect(() => {
    if (!arrived.current || (selectedId && isTempId(selectedId))) return;
    const url = new URL(window.location.href);
    if (selectedId) url.searchParams.set("claim", selectedId);
    else url.searchParams.delete("claim");
    if (HASH.test(url.hash)) url.hash = "";
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url.href);
  }, [selectedId]);
}
