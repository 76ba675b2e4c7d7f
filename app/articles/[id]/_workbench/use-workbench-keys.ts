"use client";
import { useEffect, useRef } from "react";

/** Is the person typing? Then single-letter shortcuts must not fire. The read-only article is not a typing place. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest("[aria-readonly='true']")) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(target.type);
  return false;
}

/** j / k / ? / Escape for the whole page, outside text fields and open dialogs. */
export function useWorkbenchKeys(handlers: { next: () => void; previous: () => void; help: () => void; escape: () => void }) {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector("dialog[open]")) return; // the dialog has the keyboard
      if (isTypingTarget(event.target)) return;
      if (event.key === "Escape") return ref.current.escape();
      const action = event.key === "j" ? ref.current.next : event.key === "k" ? ref.current.previous : event.key === "?" ? ref.current.help : null;
      if (!action) return;
      event.preventDefault();
      action();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
