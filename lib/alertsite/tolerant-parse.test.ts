import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { listRecords, parseListTolerantly, parseTolerantly, resetTolerantReports } from "./tolerant-parse";

const recordSchema = z.looseObject({
  id: z.union([z.number().transform(String), z.string()]),
  name: z.string().nullish(),
  interval: z.number().nullish(),
  locations: z.array(z.looseObject({ id: z.number(), region: z.string().nullish() })).nullish(),
});

const options = { record: "monitor", required: ["id", "locations.*.id"] };

describe("parseTolerantly", () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    resetTolerantReports();
    warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it("returns a well-formed record as the schema parses it", () => {
    expect(parseTolerantly(recordSchema, { id: 7, name: "Mail" }, options)).toEqual({ id: "7", name: "Mail" });
    expect(warn).not.toHaveBeenCalled();
  });

  it("treats a field of an unexpected type as absent and keeps the rest", () => {
    expect(parseTolerantly(recordSchema, { id: 7, name: { first: "x" }, interval: 5, extra: true }, options)).toEqual({
      id: "7",
      interval: 5,
      extra: true,
    });
  });

  it("drops an array item whose required member is unusable, and only that item", () => {
    const parsed = parseTolerantly(
      recordSchema,
      { id: 1, locations: [{ id: 10 }, { id: "ten" }, { id: 30 }] },
      options,
    );
    expect(parsed?.locations).toEqual([{ id: 10 }, { id: 30 }]);
  });

  it("drops only the odd member of an array item when the item is still usable", () => {
    const parsed = parseTolerantly(recordSchema, { id: 1, locations: [{ id: 10, region: ["EU"] }] }, options);
    expect(parsed?.locations).toEqual([{ id: 10 }]);
  });

  it("drops an array item that is not an object", () => {
    const parsed = parseTolerantly(recordSchema, { id: 1, locations: [42, { id: 20 }] }, options);
    expect(parsed?.locations).toEqual([{ id: 20 }]);
  });

  it("skips a record without a usable id", () => {
    expect(parseTolerantly(recordSchema, { name: "No id" }, options)).toBeUndefined();
    expect(parseTolerantly(recordSchema, { id: { value: 1 }, name: "Odd id" }, options)).toBeUndefined();
    expect(parseTolerantly(recordSchema, "not a record", options)).toBeUndefined();
    expect(parseTolerantly(recordSchema, null, options)).toBeUndefined();
  });

  it("logs each odd field name once, never its value", () => {
    parseTolerantly(recordSchema, { id: 1, name: 123456789 }, options);
    parseTolerantly(recordSchema, { id: 2, name: 987654321 }, options);
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]?.[0]);
    expect(line).toContain("monitor.name");
    expect(line).not.toContain("123456789");
  });
});

describe("parseListTolerantly", () => {
  beforeEach(() => {
    resetTolerantReports();
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it("keeps every readable record and counts the ones it could not read", () => {
    const { items, skipped } = parseListTolerantly(
      recordSchema,
      [{ id: 1 }, { name: "no id" }, { id: 3, interval: "often" }, "junk"],
      options,
    );
    expect(items).toEqual([{ id: "1" }, { id: "3" }]);
    expect(skipped).toBe(2);
  });
});

describe("listRecords", () => {
  it.each([
    ["a bare array", [{ id: 1 }], [{ id: 1 }]],
    ["results", { results: [{ id: 1 }] }, [{ id: 1 }]],
    ["data", { data: [{ id: 1 }], total: 1 }, [{ id: 1 }]],
    ["monitors", { monitors: [{ id: 1 }] }, [{ id: 1 }]],
    ["items", { items: [{ id: 1 }] }, [{ id: 1 }]],
    ["results: null (no monitors)", { results: null }, []],
  ])("reads %s", (_shape, body, records) => {
    expect(listRecords(body)).toEqual(records);
  });

  it.each([
    ["a string", "ok"],
    ["null", null],
    ["an object without a list", { count: 3 }],
  ])("finds no records in %s", (_shape, body) => {
    expect(listRecords(body)).toBeUndefined();
  });
});
