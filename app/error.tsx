"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto mt-16 max-w-lg text-center" role="alert">
      <h1 className="mb-2 text-2xl font-semibold">Something went wrong</h1>
      <p className="mb-6 text-slate-600">This page could not be shown. Nothing you saved was lost. Try again, or reload the page.</p>
      <button type="button" className="btn" onClick={reset}>Try again</button>
    </div>
  );
}
