import { afterEach, describe, expect, it } from "vitest";

import { DEMO_VARIED } from "./demo-users";
import { UNREADABLE_RECORDS } from "./read-variations";
import { asRecord, listResults, startTestSandbox, type TestSandbox } from "./test-support";

describe("SANDBOX_READ_VARIATIONS", () => {
  let sandbox: TestSandbox | undefined;
  afterEach(() => sandbox?.close());

  it("has no varied login unless the option names it", async () => {
    sandbox = await startTestSandbox();
    await expect(sandbox.signIn(DEMO_VARIED)).rejects.toThrow("sign-in failed");
    const logins = asRecord((await sandbox.call("GET", "/../../demo-logins")).json).logins;
    expect(JSON.stringify(logins)).not.toContain(DEMO_VARIED.email);
  });

  it("adds the varied login, and varies reads and lists only for the logins named", async () => {
    sandbox = await startTestSandbox({ readVariations: [DEMO_VARIED.email] });
    const logins = asRecord((await sandbox.call("GET", "/../../demo-logins")).json).logins;
    expect(JSON.stringify(logins)).toContain(DEMO_VARIED.email);
    const plain = listResults(await sandbox.call("GET", "/monitors", { token: await sandbox.signIn() }));
    const varied = listResults(await sandbox.call("GET", "/monitors", { token: await sandbox.signIn(DEMO_VARIED) }));

    expect(plain.every((monitor) => typeof monitor.id === "number")).toBe(true);
    expect(varied).toHaveLength(plain.length + UNREADABLE_RECORDS.length);
    expect(varied.slice(-UNREADABLE_RECORDS.length)).toEqual(UNREADABLE_RECORDS);
    // Seed 123456 gets the first variation: its id and numbers as numeric strings.
    expect(varied[0]).toMatchObject({ id: "123456", interval: "5" });
  });
});
