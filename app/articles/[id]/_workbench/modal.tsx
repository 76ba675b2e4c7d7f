"use client";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A real modal dialog: the native <dialog> opened with showModal(), which traps focus,
 * makes the page behind it inert and closes on Escape. `onClose` fires however it closes.
 */
export function Modal(props: { open: boolean; onClose: () => void; labelledBy: string; describedBy?: string; className?: string; children: ReactNode }) {
  const { open, onClose, labelledBy, describedBy, className = "", children } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handle = () => onCloseRef.current();
    dialog.addEventListener("close", handle);
    return () => dialog.removeEventListener("close", handle);
  }, []);

  return (
    <dialog ref={ref} aria-labelledby={labelledBy} aria-describedby={describedBy} className={`wb-dialog m-auto max-h-[calc(100vh-2rem)] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl ${className}`}>
      {open && children}
    </dialog>
  );
}
