import { performance } from "node:perf_hooks";
import { NextRequest } from "next/server";
import { PATCH as editMonitor } from "@/app/api/monitors/[id]/route";
import { POST as createMonitor } from "@/app/api/monitors/route";
import { POST as forward } from "@/app/api/bench/passthrough/[...path]/route.bench";
import { getAlertSite } from "@/lib/alertsite";
import { parseJsonBody } from "@/lib/api/server/request-body";
import { sessionFromRequest } from "@/lib/auth/session";
import { monitorCreateSchema } from "@/lib/monitors/create-schema";
import { monitorEditSchema } from "@/lib/monitors/edit-schema";
import { CONSOLE_API } from "../config";
import { CREATE_BODY, EDIT_BODY } from "./requests";

// Run by step-costs.ts as its own process with `--conditions=react-server` (so "server-only" modules
// load outside Next): calls the console's real route handlers and the bare passthrough handler in
// process, one request at a time against the fast upstream, then each step of the console's handler
// alone. No Next server around them: the figures are the handlers' own cost. Prints one JSON line.

const ORIGIN = process.env.NEXTAUTH_URL ?? "";
const COOKIE = process.env.BENCH_SESSION_COOKIE ?? "";
const TIME_PER_STEP_MS = 1_500;
const MAX_ITERATIONS = 3_000;
const WARM_UP_ITERATIONS = 100;

function request(path: string, method: "POST" | "PATCH", body: string): NextRequest {
  return new NextRequest(`${ORIGIN}${path}`, {
    method,
    body,
    headers: { "Content-Type": "application/json", Accept: "application/json", Cookie: COOKIE, Origin: ORIGIN },
  });
}

async function expectOk(response: Response): Promise<void> {
  const text = await response.text();
  if (!response.ok) throw new Error(`answered ${response.status}: ${text.slice(0, 200)}`);
}

async function timeStep(step: string, run: () => Promise<unknown>): Promise<{ step: string; microseconds: number }> {
  for (let index = 0; index < WARM_UP_ITERATIONS; index += 1) await run();
  const startedAt = performance.now();
  let iterations = 0;
  while (iterations < MAX_ITERATIONS && performance.now() - startedAt < TIME_PER_STEP_MS) {
    await run();
    iterations += 1;
  }
  return { step, microseconds: ((performance.now() - startedAt) * 1000) / iterations };
}

async function main(): Promise<void> {
  const createPath = CONSOLE_API.create;
  const editPath = CONSOLE_API.edit("123456");
  const session = await sessionFromRequest(request(createPath, "POST", CREATE_BODY));
  if (!session) throw new Error("The session cookie did not decrypt with the bench secret.");
  const createParams = { params: Promise.resolve({}) };
  const editParams = { params: Promise.resolve({ id: "123456" }) };
  const bareCreate = { params: Promise.resolve({ path: ["monitors", "email-round-trip"] }) };
  const bareEdit = { params: Promise.resolve({ path: ["monitors", "email-round-trip", "123456"] }) };
  const alertSite = getAlertSite();
  const createJson: unknown = JSON.parse(CREATE_BODY);
  const createBody = monitorCreateSchema.parse(createJson);

  const steps = [
    await timeStep("bare handler: create", async () =>
      expectOk(await forward(request("/api/bench/passthrough/x", "POST", CREATE_BODY), bareCreate)),
    ),
    await timeStep("console handler: create", async () =>
      expectOk(await createMonitor(request(createPath, "POST", CREATE_BODY), createParams)),
    ),
    await timeStep("bare handler: edit", async () =>
      expectOk(await forward(request("/api/bench/passthrough/x", "PATCH", EDIT_BODY), bareEdit)),
    ),
    await timeStep("console handler: edit", async () =>
      expectOk(await editMonitor(request(editPath, "PATCH", EDIT_BODY), editParams)),
    ),
    await timeStep("↳ session: sessionFromRequest (next-auth getToken)", () =>
      sessionFromRequest(request(createPath, "POST", CREATE_BODY)),
    ),
    await timeStep("↳ body: parseJsonBody(monitorCreateSchema)", () =>
      parseJsonBody(request(createPath, "POST", CREATE_BODY), monitorCreateSchema),
    ),
    await timeStep("↳ body: parseJsonBody(monitorEditSchema)", () =>
      parseJsonBody(request(editPath, "PATCH", EDIT_BODY), monitorEditSchema),
    ),
    await timeStep("↳ body: monitorCreateSchema.safeParse alone", async () =>
      monitorCreateSchema.safeParse(createJson),
    ),
    await timeStep("↳ upstream: lib/alertsite createRoundTripMonitor", () =>
      alertSite.createRoundTripMonitor(session.alertSiteToken, createBody),
    ),
    await timeStep("↳ upstream: plain fetch + text (what bare does)", async () => {
      const response = await fetch(`${process.env.ALERTSITE_API_URL ?? ""}/monitors/email-round-trip`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: "Bearer bench-token" },
        body: CREATE_BODY,
      });
      await response.text();
    }),
  ];
  console.log(JSON.stringify(steps));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
