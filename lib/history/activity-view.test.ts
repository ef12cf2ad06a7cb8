import { describe, expect, it } from "vitest";
import {
  activityExportHref,
  activityFilters,
  activityHref,
  EMPTY_ACTIVITY_VIEW,
  isFiltered,
  parseActivityView,
} from "./activity-view";

const parse = (search: string) => parseActivityView(new URLSearchParams(search));
const CURSOR = "2026-05-01T12:00:00.000Z~0f8fad5b-d9cb-469f-a165-70867728950e";

describe("the activity view in the URL", () => {
  it("reads every filter and writes it back to the same address", () => {
    const search = `q=billing&person=dana%40example.com&monitor=123456&action=edit&outcome=done&from=2026-05-01&to=2026-05-31&cursor=${encodeURIComponent(CURSOR)}`;
    const view = parse(search);
    expect(view).toEqual({
      q: "billing",
      person: "dana@example.com",
      monitor: "123456",
      action: "edit",
      outcome: "done",
      from: "2026-05-01",
      to: "2026-05-31",
      bulk: "",
      cursor: CURSOR,
    });
    const href = activityHref(view);
    expect(href.startsWith("/activity?q=billing&person=")).toBe(true);
    expect(parse(href.slice("/activity?".length))).toEqual(view);
  });

  it("filters to one bulk action's items", () => {
    const bulk = "0f8fad5b-d9cb-469f-a165-70867728950e";
    const view = parse(`bulk=${bulk}`);
    expect(view).toEqual({ ...EMPTY_ACTIVITY_VIEW, bulk });
    expect(activityHref(view)).toBe(`/activity?bulk=${bulk}`);
    expect(isFiltered(view)).toBe(true);
    expect(activityFilters(view)).toEqual({ bulkActionId: bulk });
    expect(activityExportHref(view)).toBe(`/api/activity/export?bulk=${bulk}`);
  });

  it("drops what is malformed or unknown instead of failing", () => {
    expect(parse("bulk=not-an-id")).toEqual(EMPTY_ACTIVITY_VIEW);
    expect(parse("action=hack&outcome=maybe&monitor=12a&from=2026-02-30&to=yesterday&cursor=abc&q=%20%20")).toEqual(
      EMPTY_ACTIVITY_VIEW,
    );
  });

  it("keeps the plain activity at a plain /activity, and the export without the page's cursor", () => {
    expect(activityHref(EMPTY_ACTIVITY_VIEW)).toBe("/activity");
    expect(activityExportHref({ ...EMPTY_ACTIVITY_VIEW, action: "pause", cursor: CURSOR })).toBe(
      "/api/activity/export?action=pause",
    );
    expect(isFiltered({ ...EMPTY_ACTIVITY_VIEW, cursor: CURSOR })).toBe(false);
    expect(isFiltered({ ...EMPTY_ACTIVITY_VIEW, person: "dana@example.com" })).toBe(true);
  });

  it("turns days into instants, the last day included", () => {
    expect(activityFilters({ ...EMPTY_ACTIVITY_VIEW, from: "2026-05-01", to: "2026-05-31", q: "billing" })).toEqual({
      from: new Date("2026-05-01T00:00:00.000Z"),
      to: new Date("2026-06-01T00:00:00.000Z"),
      search: "billing",
    });
    expect(activityFilters(EMPTY_ACTIVITY_VIEW)).toEqual({});
  });
});
