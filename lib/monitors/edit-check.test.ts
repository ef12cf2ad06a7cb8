import { describe, expect, it, vi } from "vitest";
import { checkEditAgainstCurrent } from "./edit-check";
import { type UpstreamMonitor } from "./upstream";

const current: UpstreamMonitor = {
  id: "123456",
  type: "email-round-trip",
  interval: 15,
  timeout: 300,
  locations: [{ id: 10 }, { id: 40 }],
  home_location: 10,
  monitor_location_count: 1,
};

describe("checkEditAgainstCurrent", () => {
  it("does not read the monitor when the patch touches no cross-field rule", async () => {
    const load = vi.fn(async () => current);
    expect(await checkEditAgainstCurrent({ name: "Renamed" }, load)).toEqual([]);
    expect(load).not.toHaveBeenCalled();
  });

  it("checks a shorter interval against the stored time limit", async () => {
    const issues = await checkEditAgainstCurrent({ interval: 1 }, async () => current);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 400, field: "timeout" });
  });

  it("checks the main location against the locations the monitor will have", async () => {
    const issues = await checkEditAgainstCurrent({ locations: [{ id: 40 }] }, async () => current);
    expect(issues.map((issue) => issue.field)).toContain("home_location");
    expect(await checkEditAgainstCurrent({ locations: [{ id: 40 }], home_location: 40 }, async () => current)).toEqual(
      [],
    );
  });

  it("refuses to edit a monitor of another type", async () => {
    const issues = await checkEditAgainstCurrent({ interval: 5 }, async () => ({ ...current, type: "website" }));
    expect(issues[0]?.message).toMatch(/website monitor; this console edits round-trip email monitors only/);
  });
});
