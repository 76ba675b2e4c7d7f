import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticateUser } from "@/lib/server/authenticate-user";
import { AppError } from "@/lib/domain/errors";
import { authSecret } from "./secret";
import { clientAddress } from "./client-address";

/**
 * next-auth v4 with email + password and JWT sessions. The JWT carries the user id and
 * `sessionVersion`; every request re-checks both against the database (lib/auth/actor.ts),
 * so deactivation or a role change ends the session at the next request.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const email = String(credentials?.email ?? "");
          const password = String(credentials?.password ?? "");
          if (!email || !password) throw new Error("Enter your email and password.");
          try {
            const headers = (req?.headers ?? {}) as Record<string, string | string[] | undefined>;
            const user = await authenticateUser({ email, password, address: clientAddress(headers) });
            return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
          } catch (error) {
            // next-auth passes an Error's message to the sign-in page as `error`.
            if (error instanceof AppError) throw new Error(error.message);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const u = user as { id: string; sessionVersion?: number };
          token.uid = u.id;
          token.sv = u.sessionVersion ?? 0;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: token.uid };
      },
    },
  };
}
