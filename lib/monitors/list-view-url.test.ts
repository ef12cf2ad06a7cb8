import { describe, expect, it } from "vitest";
import { DEFAULT_LIST_VIEW, type ListView } from "./list-view";
import {
  cloneMonitorHref,
  editMonitorHref,
  listViewHref,
  monitorHref,
  listViewSearchParams,
  parseListView,
} from "./list-view-url";
import { upstreamMonitorSchema, type UpstreamMonitor } from "./upstream";

function monitor(fields: Record<string, unknown>): UpstreamMonitor {
  return upstreamMonitorSchema.parse(fields);
}

function view(overrides: Partial<ListView> = {}): ListView {
  return { ...DEFAULT_LIST_VIEW, ...overrides };
}

const billing = monitor({
  id: 123456,
  type: "email-round-trip",
  name: "Billing mailbox round trip",
  enabled: true,
  interval: 5,
  email: "roundtrip-billing@example.com",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3s://mail.example.com:995",
  billing_plancode: "UBM - Email",
  email_username: "roundtrip-billing@example.com",
  timeout: 120,
  locations: [
    { id: 10, name: "Fort Lauderdale, FL", region: "North America" },
    { id: 40, name: "London, UK", region: "Europe" },
  ],
  custom_properties: [{ id: 1, name: "Team", value: "Billing", value_id: 11 }],
});
describe("the view in the URL", () => {
  it("reads every part of the view", () => {
    const params = new URLSearchParams("q=billing%20eu&status=paused&sort=interval&dir=desc&page=3");
    expect(parseListView(params)).toEqual({
      q: "billing eu",
      status: "paused",
      sort: "interval",
      dir: "desc",
      page: 3,
    });
  });

  it("falls back to the default for anything unknown or malformed", () => {
    const params = new URLSearchParams("status=broken&sort=password&dir=up&page=-2");
    expect(parseListView(params)).toEqual(DEFAULT_LIST_VIEW);
    expect(parseListView(new URLSearchParams("page=2.5")).page).toBe(1);
    expect(parseListView(new URLSearchParams("page=abc")).page).toBe(1);
    expect(parseListView(new URLSearchParams(`q=${"x".repeat(5000)}`)).q).toHaveLength(200);
  });

  it("writes only what differs from the default", () => {
    expect(listViewSearchParams(DEFAULT_LIST_VIEW).toString()).toBe("");
    expect(listViewHref(DEFAULT_LIST_VIEW)).toBe("/monitors");
    expect(listViewHref(view({ q: "billing", status: "paused" }))).toBe("/monitors?q=billing&status=paused");
    expect(listViewHref(view({ q: "   " }))).toBe("/monitors");
  });

  it("round-trips every view through the URL", () => {
    const views: ListView[] = [
      DEFAULT_LIST_VIEW,
      view({ q: "roundtrip-billing@example.com", status: "failing" }),
      view({ q: "smtps://smtp.example.com:465 & co", sort: "pop3", dir: "desc", page: 7 }),
      view({ q: "“Copy of” über", status: "paused", sort: "id" }),
      view({ dir: "desc" }),
    ];
    for (const original of views) {
      const search = listViewSearchParams(original).toString();
      expect(parseListView(new URLSearchParams(search))).toEqual(original);
    }
  });
});

describe("links", () => {
  it("links to the edit page", () => {
    expect(editMonitorHref("123456")).toBe("/monitors/123456/edit");
    expect(monitorHref("123456")).toBe("/monitors/123456");
  });

  it("clones by id only: the create page reads the monitor itself, so no setting or mailbox is in the URL", () => {
    expect(cloneMonitorHref(billing)).toBe(`/monitors/new?from=${billing.id}`);
  });
});
