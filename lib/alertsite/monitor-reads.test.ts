import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";
import { DEMO_VARIED } from "@/lib/sandbox/demo-users";
import { READ_VARIATIONS } from "@/lib/sandbox/read-variations";
import { asRecord, listResults, startTestSandbox, type TestSandbox } from "@/lib/sandbox/test-support";
import { monitorBodySchema, monitorListBodySchema } from "./monitor-reads";

// Each read variation the sandbox can serve (SANDBOX_READ_VARIATIONS): that the sandbox sends it, and
// that the console's parse keeps the monitor with the values it means.

type Raw = Record<string, unknown>;
type Row = {
  variation: string;
  /** What the sandbox sends for the varied monitor, given what it sends a plain login. */
  sent: (varied: Raw, plain: Raw) => void;
  /** The parsed monitor the console should end up with, given the plain monitor parsed. */
  read: (plain: UpstreamMonitor) => UpstreamMonitor;
};

const locationsOf = (monitor: Raw) => (Array.isArray(monitor.locations) ? monitor.locations.map(asRecord) : []);

const ROWS: Row[] = [
  {
    variation: "numbers and the id as numeric strings",
    sent: (varied, plain) =>
      expect(varied).toMatchObject({
        id: String(plain.id),
        interval: String(plain.interval),
        timeout: String(plain.timeout),
      }),
    read: (plain) => plain,
  },
  {
    variation: "location and custom property ids as strings",
    sent: (varied) => {
      expect(locationsOf(varied).length).toBeGreaterThan(0);
      for (const location of locationsOf(varied)) expect(location.id).toEqual(expect.stringMatching(/^\d+$/));
    },
    // Location ids become numbers; custom property ids stay as sent (the form reads both).
    read: (plain) => ({
      ...plain,
      custom_properties: (plain.custom_properties ?? []).map((property) => ({
        ...property,
        id: String(property.id),
        value_id: String(property.value_id),
      })),
    }),
  },
  {
    variation: "null arrays",
    sent: (varied) => expect(varied).toMatchObject({ locations: null, custom_properties: null, blackout_ids: null }),
    read: (plain) => ({ ...plain, locations: null, custom_properties: null, blackout_ids: null }),
  },
  {
    variation: "numeric and string regions, a location without a name",
    sent: (varied) => {
      const [first, ...rest] = locationsOf(varied);
      expect(first).toMatchObject({ region: 1 });
      expect(first).not.toHaveProperty("name");
      for (const location of rest) expect(location.region).toEqual(expect.any(String));
    },
    read: (plain) => ({
      ...plain,
      locations: (plain.locations ?? []).map(({ name, ...location }, index) =>
        index === 0 ? { ...location, region: "1" } : { ...location, name },
      ),
    }),
  },
  {
    variation: "fields the console has never seen",
    sent: (varied) => expect(varied).toHaveProperty("ssl_certificate_check"),
    // Tolerated, and dropped: the browser gets only the fields the console knows.
    read: (plain) => plain,
  },
  {
    variation: "booleans as strings and as 1/0",
    sent: (varied) => {
      expect(varied.enabled).toMatch(/^(true|false)$/);
      expect(varied.rotate_locations).toMatch(/^(Yes|No)$/);
      expect([0, 1]).toContain(varied.notify_on_error);
      expect(varied.retry_on_failure).toMatch(/^(ON|off)$/);
      expect(varied.allow_internal_testing).toMatch(/^(0|1)$/);
    },
    read: (plain) => plain,
  },
  {
    variation: "AlertSite's create example hostnames",
    sent: (varied) => expect(varied).toMatchObject({ smtp_hostname: "smtps://", pop3_hostname: "pop3s://" }),
    read: (plain) => ({ ...plain, smtp_hostname: "smtps://", pop3_hostname: "pop3s://" }),
  },
  {
    variation: "fields of an unexpected type",
    sent: (varied) => {
      expect(Array.isArray(varied.mode)).toBe(true);
      expect(typeof varied.note).toBe("object");
    },
    read: ({ mode: _mode, note: _note, ...plain }) => plain,
  },
];

describe("reads in every shape the sandbox can vary them to", () => {
  let sandbox: TestSandbox;
  let plainToken: string;
  let variedToken: string;
  let plainRaw: Raw[];
  let variedRaw: Raw[];

  beforeAll(async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    // Eight generated monitors (300001–300008) give every variation one monitor besides the seeds.
    sandbox = await startTestSandbox({ generatedMonitors: 8, readVariations: [DEMO_VARIED.email] });
    plainToken = await sandbox.signIn();
    variedToken = await sandbox.signIn(DEMO_VARIED);
    const list = (token: string) => sandbox.call("GET", "/monitors?type=email-round-trip", { token });
    plainRaw = listResults(await list(plainToken));
    variedRaw = listResults(await list(variedToken));
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await sandbox.close();
  });

  it("covers every variation the sandbox has", () => {
    expect(ROWS.map((row) => row.variation)).toEqual(READ_VARIATIONS.map((variation) => variation.name));
  });

  it("keeps every usable monitor and counts the unusable ones", () => {
    const plain = monitorListBodySchema.parse({ results: plainRaw });
    const varied = monitorListBodySchema.parse({ results: variedRaw });

    expect(plain.skipped).toBe(0);
    expect(varied.skipped).toBe(2);
    expect(varied.monitors.map((monitor) => monitor.id)).toEqual(plain.monitors.map((monitor) => monitor.id));
  });

  describe.each(ROWS.map((row, index) => ({ ...row, index })))("$variation", ({ index, sent, read }) => {
    const idsOf = (records: Raw[]) =>
      records.map((record) => Number(record.id)).filter((id) => id % READ_VARIATIONS.length === index);

    it("is what the sandbox sends to the varied login only", () => {
      const ids = idsOf(plainRaw);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const plain = plainRaw.find((record) => record.id === id);
        const varied = variedRaw.find((record) => Number(record.id) === id);
        if (plain === undefined || varied === undefined) throw new Error(`monitor ${id} missing from a list`);
        sent(varied, plain);
      }
    });

    it("is read by the console as the values it stands for, in the list and alone", async () => {
      const plain = monitorListBodySchema.parse({ results: plainRaw }).monitors;
      const varied = monitorListBodySchema.parse({ results: variedRaw }).monitors;
      for (const id of idsOf(plainRaw)) {
        const plainMonitor = plain.find((monitor) => monitor.id === String(id));
        if (plainMonitor === undefined) throw new Error(`monitor ${id} not read`);
        const expected = read(plainMonitor);
        expect(varied.find((monitor) => monitor.id === String(id))).toEqual(expected);
        const single = await sandbox.call("GET", `/monitors/${id}`, { token: variedToken });
        expect(monitorBodySchema.parse(single.json)).toEqual(expected);
      }
    });
  });
});
