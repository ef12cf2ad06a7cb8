import { describe, expect, it } from "vitest";
import { upstreamMonitorSchema } from "./upstream";

const parse = (fields: Record<string, unknown>) => upstreamMonitorSchema.safeParse({ id: 1, ...fields });

describe("upstreamMonitorSchema", () => {
  it.each([
    [true, true],
    [false, false],
    ["true", true],
    ["FALSE", false],
    ["Yes", true],
    ["no", false],
    ["1", true],
    ["0", false],
    [" on ", true],
    ["OFF", false],
    [1, true],
    [0, false],
  ])("reads the boolean %j as %s", (sent, expected) => {
    expect(parse({ enabled: sent }).data?.enabled).toBe(expected);
  });

  it.each([["maybe"], [2], [{}]])("refuses %j as a boolean (the tolerant read then treats it as absent)", (sent) => {
    expect(parse({ enabled: sent }).error?.issues[0]?.path).toEqual(["enabled"]);
  });

  it.each([
    [15, 15],
    ["15", 15],
    [" 2.5 ", 2.5],
  ])("reads the number %j as %s", (sent, expected) => {
    expect(parse({ interval: sent }).data?.interval).toBe(expected);
  });

  it("reads ids as numbers or strings, and a region as a number or a string", () => {
    const monitor = parse({
      id: "42",
      locations: [
        { id: "10", region: 3 },
        { id: 20, region: "EU", name: "London" },
      ],
    }).data;
    expect(monitor?.id).toBe("42");
    expect(monitor?.locations).toEqual([
      { id: 10, region: "3" },
      { id: 20, region: "EU", name: "London" },
    ]);
  });

  it("reads null arrays as no value and drops fields it does not know, at every level", () => {
    expect(parse({ locations: null, custom_properties: null, future: { x: 1 } }).data).toEqual({
      id: "1",
      locations: null,
      custom_properties: null,
    });
    expect(parse({ locations: [{ id: 1, probe: "x" }], custom_properties: [{ id: 2, owner: "y" }] }).data).toEqual({
      id: "1",
      locations: [{ id: 1 }],
      custom_properties: [{ id: 2 }],
    });
  });
});
