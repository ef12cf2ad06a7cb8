import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import { MAX_BODY_BYTES } from "@/lib/api/server/request-body";
import {
  expectRefusedAndNothingSent as expectRefused,
  fuzzRunner,
  hostileId,
  wrongContentType,
} from "@/lib/api/testing/fuzz-inputs";
import {
  consoleRequest,
  expectEnvelope,
  startRouteUpstream,
  routeContext,
  sessionCookie,
  useConsoleEnvironment,
} from "@/lib/api/testing/route-harness";
import { isMonitorId } from "@/lib/monitors/monitor-id";
import { monitorCreateSchema } from "@/lib/monitors/create-schema";
import { monitorEditSchema } from "@/lib/monitors/edit-schema";
import { MONITOR_FIELD_NAMES, READ_ONLY_FIELDS } from "@/lib/monitors/field-names";
import { PATCH as editMonitor } from "./monitors/[id]/route";
import { POST as createMonitor } from "./monitors/route";
import { withTestDatabase } from "@/lib/db/testing/with-test-database";

// Generated bad (and good) input against the real route handlers, a real session cookie and a
// recording fake AlertSite. The oracle for "valid" is the shared schema itself: what this proves is
// that every refusal is a 4xx envelope, that nothing the schema refuses reaches AlertSite, and that
// what does reach it is exactly the schema's output (no unknown or prototype keys).

let upstream: FakeUpstream;
let restoreEnvironment: () => void;
let cookie: string;
const counter = { cases: 0 };

withTestDatabase();

beforeAll(async () => {
  upstream = await startRouteUpstream();
  restoreEnvironment = useConsoleEnvironment(upstream.baseUrl);
  cookie = await sessionCookie();
});
afterAll(async () => {
  restoreEnvironment();
  await upstream.close();
  console.log(`route fuzz (create, edit): ${counter.cases} cases`);
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What the schema makes of a body text: the object AlertSite should receive, or undefined when it must be refused. */
function schemaOutput(
  text: string,
  schema: typeof monitorCreateSchema | typeof monitorEditSchema,
): Record<string, unknown> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(json)) return undefined;
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** JSON object text from entries, so that keys such as `__proto__` appear in the text as own keys. */
function objectText(entries: readonly (readonly [string, unknown])[]): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(",")}}`;
}

// ---------------------------------------------------------------------------------------------
// Generators

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/);
const hostName = fc.tuple(label, label).map(([a, b]) => `${a}.${b}.example`);
const mailServer = (schemes: readonly [string, string], port: number) =>
  fc.oneof(
    hostName,
    hostName.map((host) => `${schemes[1]}://${host}:${port}`),
    hostName.map((host) => `${schemes[0]}://${host}`),
  );

const validMonitor = fc.record(
  {
    billing_plancode: fc.constantFrom("UBM - A/A", "UBM - Email"),
    name: fc.string({ minLength: 1, maxLength: 60 }).filter((name) => name.trim() !== ""),
    smtp_hostname: mailServer(["smtp", "smtps"], 465),
    pop3_hostname: mailServer(["pop3", "pop3s"], 995),
    email: fc.tuple(label, hostName).map(([local, host]) => `${local}@${host}`),
    email_username: label,
    email_password: fc.string({ minLength: 1, maxLength: 40 }),
    enabled: fc.boolean(),
    interval: fc.constantFrom(5, 15, 30, 60),
    timeout: fc.integer({ min: 1, max: 290 }),
    // Always with location 10, the stored monitor's main location, so edits pass the cross-field rules.
    locations: fc
      .uniqueArray(fc.integer({ min: 11, max: 80 }), { maxLength: 3 })
      .map((ids) => [10, ...ids].map((id) => ({ id }))),
    mode: fc.constantFrom("Primary", "Global Verify"),
    notify_on_error: fc.boolean(),
    note: fc.string({ maxLength: 255 }),
  },
  { requiredKeys: ["billing_plancode", "name", "smtp_hostname", "pop3_hostname", "email"] },
);

const POLLUTING_ENTRIES: readonly (readonly [string, unknown])[] = [
  ["__proto__", { polluted: true }],
  ["constructor", { prototype: { polluted: true } }],
  ["prototype", { polluted: true }],
];

const anyKey = fc.oneof(
  fc.constantFrom(
    ...MONITOR_FIELD_NAMES,
    ...READ_ONLY_FIELDS,
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
  ),
  fc.string({ maxLength: 12 }),
);
const anyValue = fc.jsonValue({ maxDepth: 2 });

/** Body texts of every kind: valid monitors with junk and polluting keys, wrong types, non-objects, broken JSON. */
const unknownKey = fc
  .string({ maxLength: 12 })
  .filter((key) => !(MONITOR_FIELD_NAMES as readonly string[]).includes(key));

const bodyText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        validMonitor,
        fc.array(fc.tuple(unknownKey, anyValue), { maxLength: 3 }),
        fc.subarray([...POLLUTING_ENTRIES]),
      )
      .map(([monitor, junk, polluting]) => objectText([...Object.entries(monitor), ...junk, ...polluting])),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(validMonitor, fc.array(fc.tuple(anyKey, anyValue), { maxLength: 3 }), fc.subarray([...POLLUTING_ENTRIES]))
      .map(([monitor, junk, polluting]) => objectText([...Object.entries(monitor), ...junk, ...polluting])),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(validMonitor, fc.constantFrom(...MONITOR_FIELD_NAMES), anyValue)
      .map(([monitor, field, value]) => objectText([...Object.entries(monitor), [field, value]])),
  },
  { weight: 2, arbitrary: fc.array(fc.tuple(anyKey, anyValue), { maxLength: 8 }).map(objectText) },
  { weight: 2, arbitrary: anyValue.filter((value) => !isPlainObject(value)).map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: "binary" }) },
  {
    weight: 1,
    arbitrary: fc.tuple(validMonitor, fc.nat()).map(([monitor, cut]) => {
      const text = JSON.stringify(monitor);
      return text.slice(0, cut % text.length);
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\n",
      "\uFEFF{}",
      "{}",
      "[]",
      "null",
      "true",
      "0",
      '"monitor"',
      "[{}]",
      '{"name": NaN}',
      "{'name': 'single quotes'}",
      '{"__proto__": {"polluted": true}}',
      '{"constructor": {"prototype": {"polluted": true}}}',
    ),
  },
);

// ---------------------------------------------------------------------------------------------
// Properties

const run = fuzzRunner(() => upstream, counter);

const post = (text: string, headers: Record<string, string | null> = {}) =>
  createMonitor(consoleRequest("/api/monitors", { method: "POST", body: text, headers, cookie }), routeContext({}));

const patch = (id: string, text: string, headers: Record<string, string | null> = {}) =>
  editMonitor(
    consoleRequest(`/api/monitors/${encodeURIComponent(id)}`, {
      method: "PATCH",
      body: text,
      headers,
      cookie,
    }),
    routeContext({ id }),
  );

const expectRefusedAndNothingSent = (response: Response) => expectRefused(response, upstream);

function onlyKnownFields(body: Record<string, unknown>): void {
  for (const key of Object.keys(body)) expect(MONITOR_FIELD_NAMES).toContain(key);
}

describe("route fuzz", () => {
  it("create: every body the schema refuses is a 4xx envelope and reaches no one; the rest pass through exactly", async () => {
    const seen = { refused: 0, sent: 0 };
    await run(bodyText, 500, async (text) => {
      const expected = schemaOutput(text, monitorCreateSchema);
      const response = await post(text);
      seen[expected === undefined ? "refused" : "sent"] += 1;
      if (expected === undefined) return expectRefusedAndNothingSent(response);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ id: "200001" });
      expect(upstream.requests).toHaveLength(1);
      const sent: unknown = JSON.parse(upstream.lastRequest().body);
      expect(sent).toEqual(JSON.parse(JSON.stringify(expected)));
      if (isPlainObject(sent)) onlyKnownFields(sent);
    });
    // Both sides of the property were exercised, not only the refusals.
    expect(seen.sent).toBeGreaterThan(100);
    expect(seen.refused).toBeGreaterThan(100);
  });

  it("create and edit: every content type but JSON is 415 and reaches no one", async () => {
    await run(fc.tuple(wrongContentType, fc.boolean()), 100, async ([contentType, isEdit]) => {
      const body = JSON.stringify({ name: "Renamed" });
      const headers = { "content-type": contentType === "" ? null : contentType };
      const response = isEdit ? await patch("123456", body, headers) : await post(body, headers);
      expect(response.status).toBe(415);
      await expectRefusedAndNothingSent(response);
    });
  });

  it("create and edit: bodies over 64 KiB are 413, declared or not, and reach no one; up to 64 KiB is read", async () => {
    const sizes = fc.oneof(
      fc.integer({ min: MAX_BODY_BYTES + 1, max: 4 * MAX_BODY_BYTES }),
      fc.integer({ min: MAX_BODY_BYTES - 2, max: MAX_BODY_BYTES + 2 }),
    );
    await run(fc.tuple(sizes, fc.boolean(), fc.boolean()), 30, async ([size, declare, isEdit]) => {
      const start = JSON.stringify({
        billing_plancode: "UBM - A/A",
        name: "Big",
        smtp_hostname: "smtp.example.com",
        pop3_hostname: "pop.example.com",
        email: "a@b.example",
      });
      // Padding with spaces keeps the JSON valid, so only the size decides.
      const text = `${start}${" ".repeat(Math.max(0, size - start.length))}`;
      const headers: Record<string, string> = declare ? { "content-length": String(Buffer.byteLength(text)) } : {};
      const response = isEdit ? await patch("123456", text, headers) : await post(text, headers);
      if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
        expect(response.status).toBe(413);
        return expectRefusedAndNothingSent(response);
      }
      expect(response.status).toBe(200);
    });
  });

  it("edit: ids that are not positive integers are 404 and reach no one", async () => {
    await run(hostileId, 200, async (id) => {
      const response = await patch(id, JSON.stringify({ name: "Renamed" }));
      if (!isMonitorId(id)) return expectRefusedAndNothingSent(response);
      expect(response.status).toBe(200);
      const sent = upstream.requests.filter((request) => request.method === "PATCH");
      expect(sent.map((request) => request.url)).toEqual([`/api/v3/monitors/email-round-trip/${id}`]);
    });
  });

  it("edit: every body the schema refuses reaches no one; a valid change is sent exactly, or refused by the cross-field rules", async () => {
    const seen = { refused: 0, sent: 0 };
    await run(bodyText, 300, async (text) => {
      const expected = schemaOutput(text, monitorEditSchema);
      const response = await patch("123456", text);
      if (expected === undefined || Object.keys(expected).length === 0) {
        seen.refused += 1;
        return expectRefusedAndNothingSent(response);
      }
      const patches = upstream.requests.filter((request) => request.method === "PATCH");
      if (response.status === 400) {
        seen.refused += 1;
        await expectEnvelope(response);
        expect(patches).toEqual([]);
        return;
      }
      expect(response.status).toBe(200);
      expect(patches).toHaveLength(1);
      seen.sent += 1;
      const sent: unknown = JSON.parse(patches[0]?.body ?? "null");
      expect(sent).toEqual(JSON.parse(JSON.stringify(expected)));
      if (isPlainObject(sent)) onlyKnownFields(sent);
    });
    expect(seen.sent).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(50);
  });
});
