import type { Metadata } from "next";
import { connection } from "next/server";
import { type ReactNode } from "react";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Round-trip email monitors", template: "%s · AlertSite console" },
  description: "Create, find and fix AlertSite round-trip email monitors.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request so that Next can put this response's CSP nonce (proxy.ts) on its scripts.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
