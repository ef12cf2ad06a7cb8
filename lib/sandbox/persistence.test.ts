import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { asRecord, listResults, makeTempDir, startTestSandbox } from "./test-support";

const MONITOR = {
  billing_plancode: "UBM - A/B",
  name: "Survives a restart",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3s://mail.example.com:995",
  email: "roundtrip-restart@example.com",
  email_password: "restart-secret",
};

describe("the data file", () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataFile: string;

  beforeEach(async () => {
    temp = await makeTempDir();
    dataFile = path.join(temp.dir, "nested", "folder", "sandbox.json");
  });
  afterEach(() => temp.remove());

  it("keeps created, edited and deleted monitors and the id counter across a restart", async () => {
    const first = await startTestSandbox({ dataFile });
    const token = await first.signIn();
    const created = await first.call("POST", "/monitors/email-round-trip", { token, body: MONITOR });
    const createdId = String(asRecord(created.json).id);
    const discarded = await first.call("POST", "/monitors/email-round-trip", {
      token,
      body: { ...MONITOR, name: "Gone" },
    });
    await first.call("DELETE", `/monitors/${String(asRecord(discarded.json).id)}`, { token });
    await first.call("PATCH", "/monitors/email-round-trip/123457", { token, body: { enabled: false } });
    await first.call("DELETE", "/monitors/123458", { token });
    await first.close();

    const second = await startTestSandbox({ dataFile });
    const token2 = await second.signIn();
    const monitors = listResults(await second.call("GET", "/monitors", { token: token2 }));
    expect(monitors.map((monitor) => monitor.id)).toEqual([
      123456,
      123457,
      123459,
      123460,
      123461,
      123462,
      Number(createdId),
    ]);
    expect(monitors.find((monitor) => monitor.id === Number(createdId))).toMatchObject({ name: "Survives a restart" });
    expect(monitors.find((monitor) => monitor.id === 123457)).toMatchObject({ enabled: false });

    // Deleted ids are never handed out again.
    const next = await second.call("POST", "/monitors/email-round-trip", { token: token2, body: MONITOR });
    expect(asRecord(next.json).id).toBe(String(Number(createdId) + 2));
    await second.close();
  });

  it("keeps the write-only password in the file so edits without it do not lose it", async () => {
    const sandbox = await startTestSandbox({ dataFile });
    const token = await sandbox.signIn();
    await sandbox.call("POST", "/monitors/email-round-trip", { token, body: MONITOR });
    await sandbox.close();

    const saved = JSON.parse(await readFile(dataFile, "utf8"));
    expect(saved).toMatchObject({
      version: 1,
      upserted: [{ name: "Survives a restart", email_password: "restart-secret" }],
    });
  });

  it("starts from the seeds with a clear error when the file is damaged", async () => {
    const sandbox = await startTestSandbox({ dataFile });
    const token = await sandbox.signIn();
    await sandbox.call("POST", "/monitors/email-round-trip", { token, body: MONITOR });
    await sandbox.close();
    await writeFile(dataFile, '{"version": 1, "next_id": "x"}');

    await expect(startTestSandbox({ dataFile })).rejects.toThrow(/does not have the expected shape/);
  });

  it("writes nothing when there is no data file", async () => {
    const sandbox = await startTestSandbox({ dataFile: null });
    const token = await sandbox.signIn();
    await sandbox.call("POST", "/monitors/email-round-trip", { token, body: MONITOR });
    await sandbox.close();

    const restarted = await startTestSandbox({ dataFile: null });
    const token2 = await restarted.signIn();
    expect(listResults(await restarted.call("GET", "/monitors", { token: token2 }))).toHaveLength(7);
    await restarted.close();
  });
});
