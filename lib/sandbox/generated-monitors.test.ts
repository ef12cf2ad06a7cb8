import { readFile } from "node:fs/promises";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { generateMonitors } from "./generated-monitors";
import { asRecord, listResults, makeTempDir, startTestSandbox, type TestSandbox } from "./test-support";
import { validateCreate } from "./validate";

describe("generated monitors", () => {
  it("are the same on every call and pass the sandbox's own create checks", () => {
    const monitors = generateMonitors(300);
    expect(generateMonitors(300)).toEqual(monitors);
    for (const { id: _id, type: _type, locations, ...fields } of monitors) {
      const result = validateCreate({ ...fields, locations: locations.map((id) => ({ id })) });
      expect(result).toMatchObject({ ok: true });
    }
  });

  it("vary in state, interval, servers and locations", () => {
    const monitors = generateMonitors(1000);
    const distinct = (values: unknown[]) => new Set(values.map((value) => JSON.stringify(value))).size;
    expect(distinct(monitors.map((monitor) => monitor.enabled))).toBe(2);
    expect(distinct(monitors.map((monitor) => monitor.interval))).toBeGreaterThan(4);
    expect(distinct(monitors.map((monitor) => monitor.smtp_hostname))).toBeGreaterThan(20);
    expect(distinct(monitors.map((monitor) => monitor.locations))).toBeGreaterThan(2);
    expect(monitors[41]?.name).toMatch(/^\w+ mailbox 0042 – (US|EU|APAC|LATAM)$/);
  });

  describe("10,000 of them in a running sandbox", () => {
    let sandbox: TestSandbox;
    let token: string;
    let temp: Awaited<ReturnType<typeof makeTempDir>>;

    beforeAll(async () => {
      temp = await makeTempDir();
      sandbox = await startTestSandbox({ generatedMonitors: 10_000, dataFile: path.join(temp.dir, "sandbox.json") });
      token = await sandbox.signIn();
    });
    afterAll(async () => {
      await sandbox.close();
      await temp.remove();
    });

    it("lists them after the seeds, with distinct names", async () => {
      const results = listResults(await sandbox.call("GET", "/monitors", { token }));
      expect(results).toHaveLength(10_007);
      expect(results[7]).toMatchObject({ id: 300001, name: expect.stringMatching(/ mailbox 0001 – /) });
      expect(results.at(-1)).toMatchObject({ id: 310000 });
      expect(new Set(results.map((monitor) => monitor.name)).size).toBe(10_007);

      const roundTrips = listResults(
        await sandbox.call("GET", "/monitors?type=email-round-trip&select=name", { token }),
      );
      expect(roundTrips).toHaveLength(10_006);
    });

    it("gives user-created monitors ids below the generated ones and does not save generated ones", async () => {
      const created = await sandbox.call("POST", "/monitors/email-round-trip", {
        token,
        body: {
          billing_plancode: "UBM - A/A",
          name: "Made by hand",
          smtp_hostname: "smtp.example.com",
          pop3_hostname: "mail.example.com",
          email: "roundtrip-hand@example.com",
        },
      });
      expect(asRecord(created.json).id).toBe("200001");
      await sandbox.call("PATCH", "/monitors/email-round-trip/300002", { token, body: { enabled: false } });
      await sandbox.close();

      const saved = asRecord(JSON.parse(await readFile(path.join(temp.dir, "sandbox.json"), "utf8")));
      const savedIds = Array.isArray(saved.upserted)
        ? saved.upserted.map((monitor: unknown) => asRecord(monitor).id)
        : [];
      expect(savedIds).toEqual([200001]);

      sandbox = await startTestSandbox({ generatedMonitors: 10_000, dataFile: path.join(temp.dir, "sandbox.json") });
      token = await sandbox.signIn();
      const results = listResults(await sandbox.call("GET", "/monitors?select=name", { token }));
      expect(results).toHaveLength(10_008);
    });
  });
});
