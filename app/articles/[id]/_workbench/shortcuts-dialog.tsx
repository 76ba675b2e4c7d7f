"use client";
import { Modal } from "./modal";

/** ⌘ on a Mac (where the mark shortcut reads ⌘⇧M), Ctrl elsewhere. */
const undoKey = (markShortcut: string) => (markShortcut.startsWith("⌘") ? "⌘" : "Ctrl");

export function ShortcutsDialog({ open, onClose, shortcut, canMark }: { open: boolean; onClose: () => void; shortcut: string; canMark: boolean }) {
  const rows: [string[], string][] = [
    ...(canMark ? ([[[shortcut], "Mark the selected text as a claim"]] as [string[], string][]) : []),
    [["Shift", "← → ↑ ↓"], "Select text with the keyboard (in the article)"],
    ...(canMark ? ([[[undoKey(shortcut), "Z"], "Undo your last mark, delete or verdict change (outside text fields)"]] as [string[], string][]) : []),
    [["j"], "Next claim"],
    [["k"], "Previous claim"],
    [["Esc"], "Close a dialog, or close the open claim"],
    [["?"], "Show these shortcuts"],
  ];
  return (
    <Modal open={open} onClose={onClose} labelledBy="shortcuts-title" className="w-[min(28rem,calc(100vw-2rem))]">
      <div className="p-5">
        <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">Keyboard shortcuts</h2>
        <table className="w-full text-sm">
          <caption className="sr-only">Keys and what they do</caption>
          <tbody className="divide-y divide-slate-100">
            {rows.map(([keys, what]) => (
              <tr key={what}>
                <th scope="row" className="py-2 pr-4 text-left font-normal whitespace-nowrap">
                  {keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && " + "}
                      <kbd className="wb-kbd">{k}</kbd>
                    </span>
                  ))}
                </th>
                <td className="py-2">{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 text-xs text-slate-600">j, k and ? work anywhere except while typing in a field.</p>
        <div className="mt-4 flex justify-end">
          <button type="button" className="btn" onClick={onClose} autoFocus>Close</button>
        </div>
      </div>
    </Modal>
  );
}
