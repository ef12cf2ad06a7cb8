import { describe, expect, it } from "vitest";
import { type StatusRow, statusReportBodySchema } from "./status-reads";

const CHECKED = "2026-11-23T14:05:09.000Z";

function row(overrides: Partial<StatusRow>): StatusRow {
  return {
    monitorId: "123456",
    monitorName: null,
    locationId: null,
    locationName: null,
    code: 0,
    description: null,
    checkedAt: null,
    responseSeconds: null,
    ...overrides,
  };
}

const parse = (body: unknown) => statusReportBodySchema.safeParse(body);

describe("report-sitestatus: every envelope", () => {
  const one = { monitor_id: 123456, last_status: 0 };
  it.each([
    ["a bare array", [one]],
    ["results", { results: [one] }],
    ["data as a list", { data: [one] }],
    ["data holding one monitor", { data: one }],
    ["data keyed by monitor id", { data: { "123456": { last_status: 0 } } }],
    ["an object keyed by monitor id", { "123456": { last_status: "0" } }],
    ["keyed by id, with a list of locations", { "123456": [{ location_id: 10, last_status: 0 }] }],
    ["one monitor on its own", one],
  ])("reads %s", (_shape, body) => {
    const parsed = parse(body);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.rows[0]).toMatchObject({ monitorId: "123456", code: 0 });
  });

  it.each([
    ["an empty array", []],
    ["an empty object", {}],
    ["empty results", { results: [] }],
    ["null results", { results: null }],
  ])("reads %s as no status at all (every monitor Unknown)", (_shape, body) => {
    expect(parse(body).data).toEqual({ rows: [], skipped: 0 });
  });

  it.each([
    ["a string", "OK"],
    ["a number", 42],
    ["null", null],
    ["an object of nothing known", { hello: "world" }],
    ["rows none of which names a monitor", [{ last_status: 0 }, 7, "x"]],
    ["an error body sent with 200", { errors: [{ code: 500, message: "oops" }] }],
  ])("refuses %s as unreadable", (_shape, body) => {
    expect(parse(body).success).toBe(false);
  });

  it("skips and counts rows without a monitor, keeping the rest", () => {
    expect(parse([{ last_status: 0 }, { monitor: "123457", last_status: 2 }]).data).toEqual({
      rows: [row({ monitorId: "123457", code: 2 })],
      skipped: 1,
    });
  });
});

describe("report-sitestatus: every spelling of a row", () => {
  it.each<[string, Record<string, unknown>, Partial<StatusRow>]>([
    ["monitor as a number", { monitor: 123456 }, { monitorId: "123456" }],
    ["monitor as a numeric string", { monitor: "123456" }, { monitorId: "123456" }],
    ["monitor as a name", { monitor: "Billing" }, { monitorId: null, monitorName: "Billing" }],
    ["device_name as a name", { device_name: "Billing" }, { monitorId: null, monitorName: "Billing" }],
    ["device_name as an id", { device_name: "123456" }, { monitorId: "123456" }],
    ["monitor_id beside a name", { monitor_id: "123456", monitor: "Billing" }, { monitorName: "Billing" }],
    ["id", { id: 123456 }, { monitorId: "123456" }],
  ])("%s", (_case, identity, expected) => {
    expect(parse([{ ...identity, last_status: 0 }]).data?.rows[0]).toMatchObject(expected);
  });

  it.each<[string, unknown, number | null]>([
    ["0", 0, 0],
    ['"0"', "0", 0],
    ['" 51 "', " 51 ", 51],
    ["a word", "OK", null],
    ["a fraction", 2.5, null],
    ["null", null, null],
  ])("last_status %s", (_case, value, code) => {
    expect(parse([{ monitor: 1, last_status: value, last_status_desc: "x" }]).data?.rows[0]?.code).toBe(code);
  });

  it.each<[string, unknown, string | null]>([
    ["ISO with Z", "2026-11-23T14:05:09Z", CHECKED],
    ["ISO with an offset", "2026-11-23T15:05:09+01:00", CHECKED],
    ["ISO with milliseconds", "2026-11-23T14:05:09.000Z", CHECKED],
    ["SQL style (read as UTC)", "2026-11-23 14:05:09", CHECKED],
    ["epoch seconds", 1795442709, CHECKED],
    ["epoch seconds as a string", "1795442709", CHECKED],
    ["epoch milliseconds", 1795442709000, CHECKED],
    ["nonsense", "yesterday-ish", null],
    ["a zero date", "0000-00-00 00:00:00", null],
  ])("dt_last_status %s", (_case, value, checkedAt) => {
    expect(parse([{ monitor: 1, last_status: 0, dt_last_status: value }]).data?.rows[0]?.checkedAt).toBe(checkedAt);
  });

  it("reads description, response time and location, and leaves missing fields null", () => {
    const body = [
      {
        monitor: 123456,
        location: "10",
        location_name: "Los Angeles",
        last_status: "51",
        last_status_desc: "Warning-Unable to resolve IP",
        resptime_last: "1.25",
        dt_last_status: "2026-11-23 14:05:09",
      },
      { monitor: 123456, location: "London" },
    ];
    expect(parse(body).data?.rows).toEqual([
      row({
        locationId: "10",
        locationName: "Los Angeles",
        code: 51,
        description: "Warning-Unable to resolve IP",
        checkedAt: CHECKED,
        responseSeconds: 1.25,
      }),
      row({ locationName: "London", code: null }),
    ]);
  });

  it("expands a monitor row that nests its locations, one row per location", () => {
    const body = {
      results: [
        {
          monitor_id: 123456,
          locations: [
            { location_id: 10, last_status: 0 },
            { location_id: 20, last_status: 2, last_status_desc: "Timeout" },
          ],
        },
      ],
    };
    expect(parse(body).data?.rows).toEqual([
      row({ locationId: "10", code: 0 }),
      row({ locationId: "20", code: 2, description: "Timeout" }),
    ]);
  });
});
