import { describe, expect, it } from "vitest";
import { type StatusRow } from "@/lib/alertsite/status-reads";
import { buildHealthReport } from "./health-report";
import { type MonitorHealth } from "./health";
import { type UpstreamMonitor } from "./upstream";

const AT = "2026-11-23T14:05:09.000Z";
const LATER = "2026-11-23T14:10:00.000Z";

const billing: UpstreamMonitor = {
  id: "123456",
  name: "Billing",
  enabled: true,
  locations: [
    { id: 10, name: "Los Angeles", region: "US" },
    { id: 20, name: "London", region: "EU" },
  ],
};
const support: UpstreamMonitor = { id: "123457", name: "Support", enabled: true };
const paused: UpstreamMonitor = { id: "123458", name: "Legacy", enabled: false };

function row(overrides: Partial<StatusRow>): StatusRow {
  return {
    monitorId: "123456",
    monitorName: null,
    locationId: null,
    locationName: null,
    code: 0,
    description: null,
    checkedAt: AT,
    responseSeconds: null,
    ...overrides,
  };
}

function healthOf(rows: StatusRow[], monitors: UpstreamMonitor[] = [billing, support, paused]) {
  const report = buildHealthReport({ rows, skipped: 0 }, monitors);
  if (report.status !== "available") throw new Error("expected an available report");
  return report.byId;
}

const state = (health: MonitorHealth | undefined) => health?.state;

describe("the health report", () => {
  it("every monitor gets an entry: Unknown when AlertSite said nothing, Paused when monitoring is off", () => {
    const byId = healthOf([row({ code: 0 })]);
    expect(Object.keys(byId).sort()).toEqual(["123456", "123457", "123458"]);
    expect(byId["123456"]).toMatchObject({ state: "ok", reason: null, checkedAt: AT });
    expect(byId["123457"]).toEqual({ state: "unknown", reason: null, checkedAt: null, locations: [] });
    expect(state(byId["123458"])).toBe("paused");
  });

  it("a paused monitor stays Paused whatever its last result, which is still listed", () => {
    const byId = healthOf([row({ monitorId: "123458", code: 2 })]);
    expect(byId["123458"]).toMatchObject({ state: "paused", reason: null, locations: [{ state: "failing", code: 2 }] });
  });

  it("the worst location decides, and the reason is the failing location's", () => {
    const byId = healthOf([
      row({ locationId: "10", code: 0 }),
      row({ locationId: "20", code: 51, description: "Warning-Unable to resolve IP", checkedAt: LATER }),
    ]);
    expect(byId["123456"]).toMatchObject({
      state: "failing",
      reason: "a server name does not resolve",
      checkedAt: LATER,
      locations: [
        { locationId: "10", locationName: "Los Angeles", state: "ok", explanation: null },
        {
          locationId: "20",
          locationName: "London",
          state: "failing",
          code: 51,
          description: "Warning-Unable to resolve IP",
          explanation: { reason: "a server name does not resolve" },
        },
      ],
    });
  });

  it("OK beats no usable code (an internal code or none); with neither it is Unknown", () => {
    expect(state(healthOf([row({ locationId: "10", code: 0 }), row({ locationId: "20", code: 90 })])["123456"])).toBe(
      "ok",
    );
    expect(state(healthOf([row({ code: 6061 })])["123456"])).toBe("unknown");
    expect(state(healthOf([row({ code: null, description: "pending" })])["123456"])).toBe("unknown");
  });

  it("a location AlertSite repeats counts once, at its newest result", () => {
    const byId = healthOf([row({ locationId: "10", code: 2 }), row({ locationId: "10", code: 0, checkedAt: LATER })]);
    expect(byId["123456"]?.locations).toHaveLength(1);
    expect(state(byId["123456"])).toBe("ok");
  });

  it("a row that names its monitor only by name is placed when exactly one monitor has that name", () => {
    expect(state(healthOf([row({ monitorId: null, monitorName: "Support", code: 2 })])["123457"])).toBe("failing");
    const twins = [billing, { ...support, name: "Billing" }];
    const byId = healthOf([row({ monitorId: null, monitorName: "Billing", code: 2 })], twins);
    expect(state(byId["123456"])).toBe("unknown");
    expect(state(byId["123457"])).toBe("unknown");
  });

  it("rows about monitors not asked about are left out", () => {
    expect(Object.keys(healthOf([row({ monitorId: "999" })], [billing]))).toEqual(["123456"]);
  });
});
