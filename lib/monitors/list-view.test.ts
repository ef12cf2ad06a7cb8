import { describe, expect, it } from "vitest";
import {
  DEFAULT_LIST_VIEW,
  PAGE_SIZE,
  applyListView,
  filterMonitors,
  listMonitors,
  nextSort,
  pageOf,
  resultSummary,
  sortMonitors,
  type ListView,
  type ListedMonitor,
} from "./list-view";
import { type HealthReport, type MonitorHealth } from "./health";
import { upstreamMonitorSchema, type UpstreamMonitor } from "./upstream";

function monitor(fields: Record<string, unknown>): UpstreamMonitor {
  return upstreamMonitorSchema.parse(fields);
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
const support = monitor({
  id: 123457,
  name: "Support desk inbound mail",
  enabled: true,
  interval: 10,
  email: "roundtrip-support@support.example.com",
  smtp_hostname: "smtp://mx1.support.example.com:25",
  pop3_hostname: "pop3s://pop.support.example.com:995",
});
const legacy = monitor({
  id: 123458,
  name: "Legacy Exchange relay (paused)",
  enabled: false,
  interval: 60,
  email: "roundtrip-legacy@corp.example.com",
  smtp_hostname: "exchange-relay.corp.example.com",
  pop3_hostname: "exchange-relay.corp.example.com",
});
const marketing = monitor({
  id: 123459,
  name: "marketing newsletter bounce box",
  enabled: true,
  interval: 30,
  email: "roundtrip-bounces@news.example.com",
  smtp_hostname: "smtps://smtp.news.example.com:465",
  pop3_hostname: "pop3://bounces.news.example.com:110",
});
const website = monitor({ id: 123460, type: "website", name: "Company homepage", enabled: true, interval: 5 });

const rows = listMonitors([billing, support, legacy, marketing, website]);

function ids(list: readonly ListedMonitor[]): string[] {
  return list.map((row) => row.monitor.id);
}

function view(overrides: Partial<ListView> = {}): ListView {
  return { ...DEFAULT_LIST_VIEW, ...overrides };
}

describe("listing", () => {
  it("drops monitors of other types", () => {
    expect(ids(rows)).toEqual(["123456", "123457", "123458", "123459"]);
  });
});

describe("search", () => {
  it("finds a monitor by its name, whatever the case", () => {
    expect(ids(filterMonitors(rows, view({ q: "BILLING" })))).toEqual(["123456"]);
    expect(ids(filterMonitors(rows, view({ q: "Newsletter" })))).toEqual(["123459"]);
  });

  it("finds a monitor by its ID", () => {
    expect(ids(filterMonitors(rows, view({ q: "123458" })))).toEqual(["123458"]);
  });

  it("finds a monitor by its test mailbox", () => {
    expect(ids(filterMonitors(rows, view({ q: "roundtrip-support@support.example.com" })))).toEqual(["123457"]);
  });

  it("finds monitors by SMTP or POP3 server", () => {
    expect(ids(filterMonitors(rows, view({ q: "MX1.support" })))).toEqual(["123457"]);
    expect(ids(filterMonitors(rows, view({ q: "bounces.news" })))).toEqual(["123459"]);
    expect(ids(filterMonitors(rows, view({ q: "smtps://" })))).toEqual(["123456", "123459"]);
  });

  it("needs every word to match, in any field and any order", () => {
    expect(ids(filterMonitors(rows, view({ q: "  round   billing " })))).toEqual(["123456"]);
    expect(ids(filterMonitors(rows, view({ q: "billing support" })))).toEqual([]);
  });

  it("does not search fields the table does not show", () => {
    expect(ids(filterMonitors(rows, view({ q: "UBM" })))).toEqual([]);
  });

  it("returns the same list when there is nothing to filter", () => {
    expect(filterMonitors(rows, view({ q: "   " }))).toBe(rows);
  });
});

function health(state: MonitorHealth["state"], reason: string | null = null): MonitorHealth {
  return { state, reason, checkedAt: "2026-03-04T10:15:00Z", locations: [] };
}

const report: HealthReport = {
  status: "available",
  byId: {
    "123456": health("ok"),
    "123457": health("failing", "test message not received in time"),
    "123458": health("paused"),
  },
};
const withHealth = listMonitors([billing, support, legacy, marketing, website], report);

describe("state filter", () => {
  it("keeps only failing, OK, paused or unknown monitors", () => {
    expect(ids(filterMonitors(withHealth, view({ status: "failing" })))).toEqual(["123457"]);
    expect(ids(filterMonitors(withHealth, view({ status: "ok" })))).toEqual(["123456"]);
    expect(ids(filterMonitors(withHealth, view({ status: "paused" })))).toEqual(["123458"]);
    // AlertSite reported nothing for the marketing monitor.
    expect(ids(filterMonitors(withHealth, view({ status: "unknown" })))).toEqual(["123459"]);
  });

  it("combines with the search", () => {
    expect(ids(filterMonitors(withHealth, view({ q: "example.com", status: "failing" })))).toEqual(["123457"]);
    expect(ids(filterMonitors(withHealth, view({ q: "billing", status: "failing" })))).toEqual([]);
  });

  it("keeps the failing reason with the row", () => {
    expect(withHealth.find((row) => row.monitor.id === "123457")?.health?.reason).toBe(
      "test message not received in time",
    );
  });

  it("without a status report, tells only paused monitors apart and counts the rest as unknown", () => {
    const unavailable = listMonitors([billing, legacy], { status: "unavailable", message: "AlertSite did not answer" });
    expect(unavailable.map((row) => row.state)).toEqual(["unavailable", "paused"]);
    expect(ids(filterMonitors(unavailable, view({ status: "unknown" })))).toEqual(["123456"]);
    expect(ids(filterMonitors(unavailable, view({ status: "failing" })))).toEqual([]);
  });
});

describe("sorting", () => {
  it("sorts by name both ways, ignoring case", () => {
    expect(ids(sortMonitors(rows, "name", "asc"))).toEqual(["123456", "123458", "123459", "123457"]);
    expect(ids(sortMonitors(rows, "name", "desc"))).toEqual(["123457", "123459", "123458", "123456"]);
  });

  it("ignores accents and leading zeros the way people read names", () => {
    const list = listMonitors([
      monitor({ id: 1, name: "Zürich relay" }),
      monitor({ id: 2, name: "São Paulo relay" }),
      monitor({ id: 3, name: "Sao Paulo backup" }),
      monitor({ id: 4, name: "Relay 007" }),
      monitor({ id: 5, name: "relay 8" }),
    ]);
    expect(ids(sortMonitors(list, "name", "asc"))).toEqual(["4", "5", "3", "2", "1"]);
  });

  it("sorts numbers inside names as numbers", () => {
    const list = listMonitors([
      monitor({ id: 1, name: "Relay 10" }),
      monitor({ id: 2, name: "relay 9" }),
      monitor({ id: 3, name: "Relay 1" }),
    ]);
    expect(ids(sortMonitors(list, "name", "asc"))).toEqual(["3", "2", "1"]);
  });

  it("sorts IDs and intervals as numbers", () => {
    const more = listMonitors([...rows.map((row) => row.monitor), monitor({ id: 99, name: "Z", interval: 120 })]);
    expect(ids(sortMonitors(more, "id", "asc"))).toEqual(["99", "123456", "123457", "123458", "123459"]);
    expect(ids(sortMonitors(more, "interval", "asc"))).toEqual(["123456", "123457", "123459", "123458", "99"]);
    expect(ids(sortMonitors(more, "interval", "desc"))).toEqual(["99", "123458", "123459", "123457", "123456"]);
  });

  it("sorts by state worst first: failing, unknown, paused, OK; and the reverse", () => {
    expect(ids(sortMonitors(withHealth, "status", "asc"))).toEqual(["123457", "123459", "123458", "123456"]);
    expect(ids(sortMonitors(withHealth, "status", "desc"))).toEqual(["123456", "123458", "123459", "123457"]);
  });

  it("sorts by mailbox and servers", () => {
    expect(ids(sortMonitors(rows, "email", "asc"))).toEqual(["123456", "123459", "123458", "123457"]);
    expect(ids(sortMonitors(rows, "smtp", "desc"))).toEqual(["123459", "123456", "123457", "123458"]);
    expect(ids(sortMonitors(rows, "pop3", "asc"))[0]).toBe("123458");
  });

  it("puts monitors without a value last in both directions, and breaks ties by name then ID", () => {
    const list = listMonitors([
      monitor({ id: 3, name: "B", interval: 5 }),
      monitor({ id: 2, name: "No interval" }),
      monitor({ id: 1, name: "B", interval: 5 }),
      monitor({ id: 4, name: "A", interval: 5 }),
    ]);
    expect(ids(sortMonitors(list, "interval", "asc"))).toEqual(["4", "1", "3", "2"]);
    expect(ids(sortMonitors(list, "interval", "desc"))).toEqual(["4", "1", "3", "2"]);
  });

  it("does not change the list it is given", () => {
    const before = ids(rows);
    sortMonitors(rows, "name", "desc");
    expect(ids(rows)).toEqual(before);
  });

  it("flips the direction on the same column and starts ascending on another", () => {
    expect(nextSort({ sort: "name", dir: "asc" }, "name")).toEqual({ sort: "name", dir: "desc" });
    expect(nextSort({ sort: "name", dir: "desc" }, "name")).toEqual({ sort: "name", dir: "asc" });
    expect(nextSort({ sort: "name", dir: "desc" }, "interval")).toEqual({ sort: "interval", dir: "asc" });
  });
});

describe("paging", () => {
  const numbers = Array.from({ length: 120 }, (_, index) => index + 1);

  it("cuts the list into pages", () => {
    expect(pageOf(numbers, 1)).toMatchObject({ page: 1, pageCount: 3, total: 120, first: 1, last: 50 });
    const last = pageOf(numbers, 3);
    expect(last).toMatchObject({ page: 3, first: 101, last: 120 });
    expect(last.items).toHaveLength(20);
    expect(last.items[0]).toBe(101);
  });

  it("moves a page out of range back into range", () => {
    expect(pageOf(numbers, 9).page).toBe(3);
    expect(pageOf(numbers, 0).page).toBe(1);
    expect(pageOf(numbers, Number.NaN).page).toBe(1);
  });

  it("has one empty page when nothing matches", () => {
    expect(pageOf([], 4)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, first: 0, last: 0 });
  });
});

describe("words and links", () => {
  it("says how many monitors match", () => {
    expect(resultSummary(12, view({ q: " billing " }))).toBe("12 monitors match “billing”");
    expect(resultSummary(1, view({ q: "billing" }))).toBe("1 monitor matches “billing”");
    expect(resultSummary(0, view({ q: "nothing" }))).toBe("No monitors match “nothing”");
    expect(resultSummary(3, view({ q: "billing", status: "paused" }))).toBe("3 paused monitors match “billing”");
    expect(resultSummary(10_004, view())).toBe("10,004 monitors");
    expect(resultSummary(1, view({ status: "ok" }))).toBe("1 OK monitor");
    expect(resultSummary(2, view({ status: "failing" }))).toBe("2 failing monitors");
    expect(resultSummary(0, view({ status: "paused" }))).toBe("No paused monitors");
  });
});

describe("10,000 monitors", () => {
  const teams = ["Billing", "Support", "Sales", "Payroll", "Security"];
  const many = listMonitors(
    Array.from({ length: 10_000 }, (_, index) => {
      const serial = String(index + 1).padStart(5, "0");
      const team = teams[index % teams.length] ?? "Team";
      return monitor({
        id: 300_001 + index,
        name: `${team} mailbox ${serial}`,
        enabled: index % 7 !== 0,
        interval: [1, 5, 15, 60][index % 4],
        email: `roundtrip-${team.toLowerCase()}-${serial}@example.com`,
        smtp_hostname: `smtps://smtp${index % 3}.example.com:465`,
        pop3_hostname: `pop3s://pop${index % 4}.example.net:995`,
      });
    }),
  );

  it("finds one monitor by mailbox, by ID and by name", () => {
    expect(ids(filterMonitors(many, view({ q: "roundtrip-payroll-04204@" })))).toEqual(["304204"]);
    expect(ids(filterMonitors(many, view({ q: "304204" })))).toEqual(["304204"]);
    expect(ids(filterMonitors(many, view({ q: "payroll MAILBOX 04204" })))).toEqual(["304204"]);
  });

  it("filters, sorts and pages the whole set", () => {
    const result = applyListView(many, view({ q: "security", status: "paused", sort: "id", dir: "desc", page: 2 }));
    const expected = many
      .filter((row) => row.monitor.name?.startsWith("Security") && row.monitor.enabled === false)
      .map((row) => row.monitor.id)
      .sort((a, b) => Number(b) - Number(a));
    expect(result.total).toBe(expected.length);
    expect(result.total).toBeGreaterThan(PAGE_SIZE);
    expect(result.pageCount).toBe(Math.ceil(expected.length / PAGE_SIZE));
    expect(ids(result.items)).toEqual(expected.slice(PAGE_SIZE, PAGE_SIZE * 2));
  });

  it("pages through everything without losing or repeating a monitor", () => {
    const sorted = sortMonitors(many, "interval", "desc");
    const seen = new Set<string>();
    for (let page = 1; page <= 200; page += 1) {
      for (const row of pageOf(sorted, page).items) seen.add(row.monitor.id);
    }
    expect(seen.size).toBe(10_000);
    expect(pageOf(sorted, 201).page).toBe(200);
    expect(sorted[0]?.monitor.interval).toBe(60);
    expect(sorted.at(-1)?.monitor.interval).toBe(1);
  });

  it("sorts the whole set by name", () => {
    const sorted = sortMonitors(many, "name", "asc");
    expect(sorted[0]?.monitor.name).toBe("Billing mailbox 00001");
    expect(sorted.at(-1)?.monitor.name).toBe("Support mailbox 09997");
  });
});
