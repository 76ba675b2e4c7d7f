import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto mt-16 max-w-lg text-center">
      <h1 className="mb-2 text-2xl font-semibold">Page not found</h1>
      <p className="mb-6 text-slate-600">The page you asked for does not exist, or what it showed was deleted.</p>
      <Link href="/articles" className="btn">Back to articles</Link>
    </div>
  );
}
