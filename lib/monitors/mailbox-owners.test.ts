import { describe, expect, it } from "vitest";
import { mailboxOwners } from "./mailbox-owners";

const monitors = [
  { id: "1", name: "Billing", email: "Billing@Example.com" },
  { id: "2", name: "", email: "billing@example.com " },
  { id: "3", name: "Support", email: "support@example.com" },
];

describe("mailboxOwners", () => {
  it("names every other monitor on the same mailbox, whatever the case or spacing", () => {
    expect(mailboxOwners(monitors, " billing@example.COM")).toEqual([
      { id: "1", name: "Billing" },
      { id: "2", name: "Monitor 2" },
    ]);
  });

  it("leaves out the monitor being edited, and finds nothing for a free or empty mailbox", () => {
    expect(mailboxOwners(monitors, "support@example.com", "3")).toEqual([]);
    expect(mailboxOwners(monitors, "new@example.com")).toEqual([]);
    expect(mailboxOwners(monitors, "  ")).toEqual([]);
  });
});
