// @ts-check

/**
 * Security headers that never change, on every response including build assets. The per-request
 * ones (Content-Security-Policy with its nonce, HSTS) are set in proxy.ts; see SECURITY.md.
 */
const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Page URLs carry monitor ids and search terms: other sites learn nothing from a link the user follows.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project (`tsc --noEmit`) before anything else; the build
  // need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  // Lets two builds share one checkout (a second engineer's e2e run, the benchmark's bare build).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // PGlite loads its WebAssembly and data files from its own folder at run time: left unbundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  // `npm run bench` builds with CONSOLE_BENCH=1, which adds its bare reference page and passthrough route
  // (files named *.bench.ts(x)); every other build leaves them out.
  pageExtensions: ["tsx", "ts", "jsx", "js", ...(process.env.CONSOLE_BENCH === "1" ? ["bench.ts", "bench.tsx"] : [])],
  // The dev server and the e2e run are reached as 127.0.0.1 as well as localhost.
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  // The floating development badge sits over form fields on a phone; build errors still show.
  devIndicators: false,
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

module.exports = nextConfig;
