import { type NextRequest } from "next/server";

// Benchmark-only (exists in `CONSOLE_BENCH=1` builds alone, see next.config.js): the cheapest route
// handler that does the console's job of forwarding a write upstream — no session, no same-origin or
// body checks, no parsing. `npm run bench` compares the console's real handlers against it.

type Context = { params: Promise<{ path: string[] }> };

const BENCH_TOKEN = "bench-token";

async function forward(request: NextRequest, { params }: Context): Promise<Response> {
  const upstream = process.env.ALERTSITE_API_URL;
  if (process.env.CONSOLE_BENCH !== "1" || !upstream) return new Response(null, { status: 404 });
  const { path } = await params;
  const response = await fetch(`${upstream.replace(/\/+$/, "")}/${path.map(encodeURIComponent).join("/")}`, {
    method: request.method,
    headers: { Accept: "application/json", "Content-Type": "application/json", Authorization: `Bearer ${BENCH_TOKEN}` },
    body: await request.text(),
    cache: "no-store",
    redirect: "manual",
  });
  return new Response(await response.text(), {
    status: response.status,
    headers: { "Content-Type": response.headers.get("content-type") ?? "application/json" },
  });
}

export { forward as POST, forward as PATCH };
