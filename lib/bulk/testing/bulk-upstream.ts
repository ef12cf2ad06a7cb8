import { FAKE_BASE_PATH, type FakeRule, type ScriptedResponse } from "@/lib/alertsite/testing/fake-upstream";
import { STORED_MONITOR } from "@/lib/api/testing/route-harness";

// A fake AlertSite account for the bulk tests: monitors to list, read, change and delete; one
// monitor's changes refused; 429s to answer first; and how many changes were in flight at once.

export type BulkAccount = {
  monitors: Map<string, Record<string, unknown>>;
  /** Changes (PATCH, DELETE, POST) to these monitor ids, or creates of these names, are refused with a 500. */
  refused: Set<string>;
  /** Answered first, in order, instead of making changes: each a 429 with this Retry-After (null: without one). */
  rateLimits: (string | null)[];
  /** Every change received, in order: method, monitor id (null for a create), JSON body, when it arrived. */
  changes: { method: string; id: string | null; body: unknown; at: number }[];
  /** When each 429 was answered. */
  rateLimitedAt: number[];
  /** How long a change takes to answer. */
  delayMs: number;
  inFlight: number;
  maxInFlight: number;
};

export const REFUSAL = "Internal error while saving the monitor.";

/** A monitor of the account, as AlertSite reads it back. */
export function storedMonitor(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...STORED_MONITOR, enabled: true, ...fields, id: Number(id), name: `Mailbox ${id}` };
}

export function bulkAccount(ids: readonly string[], fields: Record<string, unknown> = {}): BulkAccount {
  return {
    monitors: new Map(ids.map((id) => [id, storedMonitor(id, fields)])),
    refused: new Set(),
    rateLimits: [],
    changes: [],
    rateLimitedAt: [],
    delayMs: 0,
    inFlight: 0,
    maxInFlight: 0,
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): ScriptedResponse => ({
  status,
  json: body,
  headers,
});

function parsed(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

let nextCreatedId = 900_001;

export function bulkAccountRules(account: BulkAccount): FakeRule[] {
  const change = async (method: string, id: string | null, body: string): Promise<ScriptedResponse> => {
    const at = Date.now();
    account.inFlight += 1;
    account.maxInFlight = Math.max(account.maxInFlight, account.inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, account.delayMs));
      const limit = account.rateLimits.shift();
      if (limit !== undefined) {
        account.rateLimitedAt.push(Date.now());
        return json(
          429,
          { errors: [{ code: 429, message: "Rate limit exceeded." }] },
          limit === null ? {} : { "retry-after": limit },
        );
      }
      const values = parsed(body);
      account.changes.push({ method, id, body: values, at });
      const name = typeof values === "object" && values !== null && "name" in values ? String(values.name) : "";
      if (account.refused.has(id ?? name)) return json(500, { errors: [{ code: 500, message: REFUSAL }] });
      if (method === "POST") return json(200, { id: String(nextCreatedId++) });
      const monitor = id === null ? undefined : account.monitors.get(id);
      if (!monitor) return json(404, { errors: [{ code: 404, message: "Record not found" }] });
      if (method === "DELETE") {
        account.monitors.delete(id ?? "");
        return { status: 204 };
      }
      Object.assign(monitor, values);
      return json(200, { id });
    } finally {
      account.inFlight -= 1;
    }
  };
  return [
    {
      method: "GET",
      path: `${FAKE_BASE_PATH}/monitors`,
      reply: () => json(200, { results: [...account.monitors.values()] }),
    },
    {
      method: "GET",
      path: new RegExp(`^${FAKE_BASE_PATH}/monitors/(\\d+)$`),
      reply: (_request, { groups }) => {
        const monitor = account.monitors.get(groups[0] ?? "");
        return monitor ? json(200, monitor) : json(404, { errors: [{ code: 404, message: "Record not found" }] });
      },
    },
    {
      method: "PATCH",
      path: new RegExp(`^${FAKE_BASE_PATH}/monitors/email-round-trip/(\\d+)$`),
      reply: (request, { groups }) => change("PATCH", groups[0] ?? "", request.body),
    },
    {
      method: "DELETE",
      path: new RegExp(`^${FAKE_BASE_PATH}/monitors/(\\d+)$`),
      reply: (request, { groups }) => change("DELETE", groups[0] ?? "", request.body),
    },
    {
      method: "POST",
      path: `${FAKE_BASE_PATH}/monitors/email-round-trip`,
      reply: (request) => change("POST", null, request.body),
    },
  ];
}
