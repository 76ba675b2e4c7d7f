"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";

/**
 * The top bar's navigation and account controls: in a row on wide screens, behind a Menu
 * button on phones (it closes again on navigation), so nothing runs off a 390 px screen.
 */
export function TopBarMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [seenPath, setSeenPath] = useState(pathname);
  if (seenPath !== pathname) {
    setSeenPath(pathname);
    setOpen(false);
  }
  return (
    <>
      {/* Wrapped: .btn's own display would outrank the md:hidden utility on the button itself. */}
      <div className="ml-auto md:hidden">
        <button type="button" className="btn btn-sm" aria-expanded={open} aria-controls="top-bar-menu" onClick={() => setOpen((o) => !o)}>
          <span aria-hidden>☰</span> Menu
        </button>
      </div>
      <div id="top-bar-menu" className={`${open ? "flex" : "hidden"} w-full flex-col items-start gap-3 pb-2 md:flex md:w-auto md:flex-1 md:flex-row md:items-center md:gap-6 md:pb-0`}>
        {children}
      </div>
    </>
  );
}

/** A search box on every page but the search page itself (which has its own, larger one). */
export function TopBarSearch() {
  const pathname = usePathname();
  if (pathname.startsWith("/search")) return null;
  return (
    <form method="get" action="/search" className="w-full md:w-56" aria-label="Quick search">
      <label htmlFor="top-bar-search" className="sr-only">Search articles, claims, sources and comments</label>
      <input id="top-bar-search" name="q" type="text" enterKeyHint="search" className="input py-1" placeholder="Search…" maxLength={200} />
    </form>
  );
}

/** No "Sign in" button on the sign-in page itself. */
export function SignInLink() {
  const pathname = usePathname();
  if (pathname.startsWith("/signin")) return null;
  return <Link href="/signin" className="btn">Sign in</Link>;
}
