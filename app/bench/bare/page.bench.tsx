import { type Metadata } from "next";

// Benchmark-only (exists in `CONSOLE_BENCH=1` builds alone, see next.config.js): a page with no code of
// its own, so `npm run bench` can tell the JavaScript every page pays (React, Next, the root layout)
// from what each console page adds.

export const metadata: Metadata = { title: "Bare page" };

export default function BarePage() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">Bare page</h1>
      <p className="mt-3 text-muted-foreground">
        The benchmark&apos;s reference page: the root layout and nothing else.
      </p>
    </main>
  );
}
