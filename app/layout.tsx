import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";
import { TopBar } from "./_components/top-bar";
import { RatingScaleProvider } from "./_components/rating-scale-context";
import { getDisplayRatingScale } from "@/lib/server/get-display-rating-scale";

export const metadata: Metadata = {
  title: { default: "Factdesk", template: "%s · Factdesk" },
  description: "Fact-check annotation workbench for newsrooms",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry that response's CSP nonce (proxy.ts).
  await connection();
  // Every verdict on every page is drawn with the newsroom's scale (one small indexed read).
  const scale = await getDisplayRatingScale();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <TopBar />
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          <RatingScaleProvider scale={scale}>{children}</RatingScaleProvider>
        </main>
      </body>
    </html>
  );
}
