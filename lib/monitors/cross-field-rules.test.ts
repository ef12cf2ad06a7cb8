import { describe, expect, expectTypeOf, it } from "vitest";
import { type MonitorCreateBody } from "./create-schema";
import { type CrossFieldSource, validateEditAgainst } from "./cross-field-rules";
import { type MonitorEditBody } from "./edit-schema";
import { type UpstreamMonitor } from "./upstream";

/** A monitor as AlertSite returns it. */
const current: UpstreamMonitor = {
  id: "123456",
  name: "Support mailbox",
  interval: 15,
  timeout: 300,
  locations: [
    { id: 10, name: "Los Angeles", region: "US" },
    { id: 40, name: "London", region: "EU" },
  ],
  home_location: 10,
  monitor_location_count: 2,
  enabled: true,
  mode: "Primary",
  note: "On call: mail team",
};

describe("validateEditAgainst", () => {
  it("takes a monitor read from AlertSite as current and a parsed body as patch", () => {
    expectTypeOf<UpstreamMonitor>().toExtend<CrossFieldSource>();
    expectTypeOf<MonitorEditBody>().toExtend<CrossFieldSource>();
    expectTypeOf<MonitorCreateBody>().toExtend<CrossFieldSource>();
  });

  it("accepts a patch that keeps the monitor consistent", () => {
    expect(validateEditAgainst(current, { interval: 30 })).toEqual([]);
    expect(
      validateEditAgainst(current, { locations: [{ id: 10 }, { id: 40 }, { id: 50 }], monitor_location_count: 3 }),
    ).toEqual([]);
  });

  it("checks a new interval against the current timeout, reporting on timeout", () => {
    expect(validateEditAgainst(current, { interval: 1 })).toEqual([
      {
        path: "timeout",
        message: "Time limit: at most 59 seconds, shorter than Run every (1 minute).",
      },
    ]);
  });

  it("checks a new timeout against the current interval", () => {
    expect(validateEditAgainst({ ...current, interval: 1, timeout: 30 }, { timeout: 90 })).toEqual([
      {
        path: "timeout",
        message: "Time limit: at most 59 seconds, shorter than Run every (1 minute).",
      },
    ]);
  });

  it("passes when the patch fixes both sides together", () => {
    expect(validateEditAgainst(current, { interval: 1, timeout: 45 })).toEqual([]);
  });

  it("checks new locations against the current main location and locations per run", () => {
    expect(validateEditAgainst(current, { locations: [{ id: 40 }] })).toEqual([
      { path: "home_location", message: "Choose the main location from the monitoring locations you picked." },
      {
        path: "monitor_location_count",
        message: "Locations per run: 1 location, since you picked only 1 monitoring location.",
      },
    ]);
  });

  it("checks a new main location against the current locations", () => {
    expect(validateEditAgainst(current, { home_location: 99 })).toEqual([
      { path: "home_location", message: "Choose the main location from the monitoring locations you picked." },
    ]);
    expect(validateEditAgainst(current, { home_location: 40 })).toEqual([]);
  });

  it("checks a new locations-per-run against the current locations", () => {
    expect(validateEditAgainst(current, { monitor_location_count: 3 })).toEqual([
      {
        path: "monitor_location_count",
        message: "Locations per run: 1 to 2 locations, no more than the monitoring locations you picked.",
      },
    ]);
  });

  it("does not block unrelated edits on a monitor that is already inconsistent upstream", () => {
    const inconsistent = { ...current, interval: 5, timeout: 300 };
    expect(validateEditAgainst(inconsistent, { name: "Renamed" })).toEqual([]);
    expect(validateEditAgainst(inconsistent, { interval: 5, name: "Renamed" })).toEqual([]);
    expect(validateEditAgainst(inconsistent, { timeout: 299 })).toEqual([]);
  });

  it("skips rules it cannot check when the monitor's values are unknown", () => {
    expect(validateEditAgainst({}, { home_location: 99, monitor_location_count: 9, timeout: 300 })).toEqual([]);
  });
});
