import { describe, expect, it } from "vitest";
import { type HealthReport, type MonitorHealth } from "./health";
import { countStates, countsSummary, exactTime, monitorStateView, timeAgo } from "./monitor-state";

function health(state: MonitorHealth["state"]): MonitorHealth {
  return { state, reason: state === "failing" ? "name does not resolve" : null, checkedAt: null, locations: [] };
}

function report(byId: Record<string, MonitorHealth>): HealthReport {
  return { status: "available", byId };
}

describe("a monitor's state", () => {
  it("is what the status report says", () => {
    expect(monitorStateView({ id: "1", enabled: true }, report({ "1": health("failing") })).state).toBe("failing");
    expect(monitorStateView({ id: "1", enabled: true }, report({ "1": health("ok") })).state).toBe("ok");
  });

  it("is Paused when monitoring is off, whatever the report says", () => {
    expect(monitorStateView({ id: "1", enabled: false }, report({ "1": health("ok") })).state).toBe("paused");
    expect(monitorStateView({ id: "1", enabled: false }, { status: "unavailable", message: "down" }).state).toBe(
      "paused",
    );
  });

  it("is Unknown when the report leaves the monitor out, or still says Paused after a resume", () => {
    expect(monitorStateView({ id: "2", enabled: true }, report({ "1": health("ok") }))).toEqual({
      state: "unknown",
      health: null,
    });
    expect(monitorStateView({ id: "1", enabled: true }, report({ "1": health("paused") })).state).toBe("unknown");
    expect(monitorStateView({ id: "1", enabled: null }, report({ "1": health("paused") })).state).toBe("paused");
  });

  it("is unavailable without a report", () => {
    expect(monitorStateView({ id: "1", enabled: true }, { status: "unavailable", message: "down" })).toEqual({
      state: "unavailable",
      health: null,
    });
    expect(monitorStateView({ id: "1", enabled: true }, undefined).state).toBe("unavailable");
  });
});

describe("counts", () => {
  it("reads like “3 failing · 2 paused · 41 OK”, leaving out states with none", () => {
    const states = [
      ...Array.from({ length: 3 }, () => "failing" as const),
      ...Array.from({ length: 2 }, () => "paused" as const),
      ...Array.from({ length: 41 }, () => "ok" as const),
    ];
    expect(countsSummary(countStates(states))).toBe("3 failing · 2 paused · 41 OK");
    expect(countsSummary(countStates(["unknown", "ok"]))).toBe("1 OK · 1 unknown");
    expect(countsSummary(countStates(["unavailable", "unavailable", "paused"]))).toBe(
      "1 paused · 2 statuses unavailable",
    );
    expect(countsSummary(countStates([]))).toBe("");
  });
});

describe("times", () => {
  const now = Date.parse("2026-03-04T12:00:00Z");

  it("says how long ago, in short words", () => {
    expect(timeAgo("2026-03-04T11:59:30Z", now)).toBe("just now");
    expect(timeAgo("2026-03-04T11:57:00Z", now)).toBe("3 min ago");
    expect(timeAgo("2026-03-04T09:30:00Z", now)).toBe("2 h ago");
    expect(timeAgo("2026-03-03T11:00:00Z", now)).toBe("1 day ago");
    expect(timeAgo("2026-02-25T12:00:00Z", now)).toBe("7 days ago");
  });

  it("calls a time ahead of the clock “just now”, and an unreadable one nothing", () => {
    expect(timeAgo("2026-03-04T12:05:00Z", now)).toBe("just now");
    expect(timeAgo("yesterday", now)).toBeNull();
    expect(exactTime("yesterday")).toBeNull();
  });

  it("gives the exact time, in UTC when asked", () => {
    expect(exactTime("2026-03-04T10:15:00Z", { utc: true })).toBe("Mar 4, 2026, 10:15:00 AM UTC");
  });
});
