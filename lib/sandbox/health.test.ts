import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostOf, roundTripOutcome } from "./health-rules";
import { STATUS_SHAPES } from "./read-variations";
import { TEST_RUN_MS } from "./test-runs";
import { asRecord, listResults, startTestSandbox, type TestSandbox } from "./test-support";

const HEALTHY = {
  email: "a@example.com",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3://pop.example.com",
  timeout: 120,
};

describe("the sandbox's status rules", () => {
  it.each([
    ["smtps://smtp.example.com:465", "smtp.example.com"],
    ["pop3://POP.Example.com", "pop.example.com"],
    ["mail.example.com", "mail.example.com"],
    ["box@Timeout.Example", "timeout.example"],
    ["smtps://", ""],
  ])("the host of %s is %s", (value, host) => {
    expect(hostOf(value)).toBe(host);
  });

  it.each<[string, Partial<typeof HEALTHY>, number]>([
    ["a healthy monitor", {}, 0],
    ["a mailbox under .invalid", { email: "a@mail.invalid" }, 51],
    ["an SMTP server under .invalid", { smtp_hostname: "smtp://relay.invalid:25" }, 51],
    ["a POP3 server named .invalid", { pop3_hostname: "invalid" }, 51],
    ["a mailbox at timeout.example", { email: "box@timeout.example" }, 2],
    ["a mailbox below timeout.example", { email: "box@eu.timeout.example" }, 2],
    ["a server (not the mailbox) at timeout.example", { pop3_hostname: "pop.timeout.example" }, 0],
    ["a name that only ends like invalid", { email: "a@notinvalid" }, 0],
  ])("%s has status %i", (_case, change, code) => {
    expect(roundTripOutcome({ ...HEALTHY, ...change }).code).toBe(code);
  });
});

describe("status and tests over HTTP", () => {
  let sandbox: TestSandbox;
  let token: string;
  let now = Date.UTC(2026, 10, 23, 14, 7, 30);

  beforeAll(async () => {
    sandbox = await startTestSandbox({ now: () => now, readVariations: ["varied@example.com"] });
    token = await sandbox.signIn();
  });
  afterAll(() => sandbox.close());

  it("reports each monitor at each location; the failing seeds fail, the paused one keeps its last result", async () => {
    const rows = listResults(await sandbox.call("GET", "/report-sitestatus", { token }));
    const of = (id: number) => rows.filter((row) => row.monitor === String(id));
    expect(of(123456).map((row) => row.location)).toEqual(["10", "20", "40"]);
    expect(of(123456)[0]).toMatchObject({
      device_name: "Billing mailbox round trip",
      location_name: "Fort Lauderdale, FL",
      last_status: "0",
      dt_last_status: "2026-11-23 14:05:00",
    });
    expect(of(123461)[0]).toMatchObject({ last_status: "51", last_status_desc: "Warning-Unable to resolve IP" });
    expect(of(123462)[0]).toMatchObject({ last_status: "2", last_status_desc: expect.stringMatching(/not received/) });
    expect(of(123458)[0]).toMatchObject({ last_status: "0" });
  });

  it("answers only the monitors asked for", async () => {
    const rows = listResults(await sandbox.call("GET", "/report-sitestatus?monitors=123461,x,999", { token }));
    expect(new Set(rows.map((row) => row.monitor))).toEqual(new Set(["123461"]));
  });

  it("a test runs for a few seconds, then ends by the same rules; an unknown test is progress 0", async () => {
    const started = asRecord((await sandbox.call("GET", "/tests?monitor_id=123461", { token })).json);
    expect(started).toEqual({ test_id: expect.any(Number) });
    const progress = async () => (await sandbox.call("GET", `/tests/${String(started.test_id)}`, { token })).json;
    expect(await progress()).toEqual({ progress: 1, progress_desc: "Test In Progress", status: -1, status_desc: "" });
    now += TEST_RUN_MS;
    expect(await progress()).toMatchObject({ progress: 3, status: 51, status_desc: "Warning-Unable to resolve IP" });

    const healthy = asRecord((await sandbox.call("GET", "/tests?monitor_id=123456", { token })).json);
    now += TEST_RUN_MS;
    expect((await sandbox.call("GET", `/tests/${String(healthy.test_id)}`, { token })).json).toMatchObject({
      progress: 2,
      status: 0,
    });
    expect((await sandbox.call("GET", "/tests/42", { token })).json).toMatchObject({ progress: 0 });
    expect((await sandbox.call("GET", "/tests?monitor_id=999", { token })).status).toBe(404);
  });

  it("a varied login meets every status shape in turn", async () => {
    const varied = await sandbox.signIn({
      email: "varied@example.com",
      password: "varied-password",
      role: "Admin",
      description: "",
    });
    const bodies = [];
    for (const _shape of STATUS_SHAPES)
      bodies.push((await sandbox.call("GET", "/report-sitestatus", { token: varied })).json);
    expect(Array.isArray(bodies[0])).toBe(true);
    expect(asRecord(bodies[1]).data).toMatchObject({
      "123461": expect.arrayContaining([expect.objectContaining({ last_status: "51" })]),
    });
    expect(asRecord(bodies[2]).results).toEqual(
      expect.arrayContaining([expect.objectContaining({ monitor_id: 123462 })]),
    );
    expect(JSON.stringify(bodies[3])).not.toContain('"monitor"');
  });
});
