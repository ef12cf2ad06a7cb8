import type { Metadata } from "next";
import { type ReactNode } from "react";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Round-trip email monitors", template: "%s · AlertSite console" },
  description: "Create, find and fix AlertSite round-trip email monitors.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
