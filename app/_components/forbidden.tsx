import Link from "next/link";

export function Forbidden({ message }: { message: string }) {
  return (
    <div className="mx-auto mt-16 max-w-lg text-center" data-testid="forbidden">
      <h1 className="mb-2 text-2xl font-semibold">You can’t open this page</h1>
      <p className="mb-6 text-slate-600">{message} If you need access, ask an admin to change your role.</p>
      <Link href="/articles" className="btn">Back to articles</Link>
    </div>
  );
}
