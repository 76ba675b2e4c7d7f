import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth v4's route handler serves /api/auth/* (sign-in, sign-out, CSRF, session).
async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(req, { params: await ctx.params });
}

export { handler as GET, handler as POST };
