// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project (`tsc --noEmit`) before anything else; the build
  // need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  // Lets two builds share one checkout (a second engineer's e2e run, the benchmark's bare build).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // The dev server and the e2e run are reached as 127.0.0.1 as well as localhost.
  allowedDevOrigins: ["127.0.0.1", "localhost"],
};

module.exports = nextConfig;
