import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { type BulkActionView, bulkActionResponseSchema } from "@/lib/bulk/contract";
import { createFaultMonitor, signInToFaultConsole, upstreamChanges } from "./support/fault-console";
import { FAULT_USER, PATCH_REFUSAL, patchFaultName } from "./support/fault-scenarios";

// The bulk-action API as the pages use it, from a signed-in browser page on the fault console: what
// AlertSite receives for each monitor, a refused change and its retry, a 429 waited out. The pages
// themselves: the bulk UI's specs.

type Answer = { status: number; body: unknown };

/** A same-origin fetch from the page, as the console's own pages make it. */
function api(page: Page, method: "GET" | "POST", path: string, body?: unknown): Promise<Answer> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { method, path, body },
  );
}

const actionOf = (answer: Answer): BulkActionView => bulkActionResponseSchema.parse(answer.body).bulkAction;

async function ended(page: Page, id: string): Promise<BulkActionView> {
  let view: BulkActionView | undefined;
  await expect
    .poll(
      async () => {
        view = actionOf(await api(page, "GET", `/api/bulk-actions/${id}`));
        return view.state;
      },
      { timeout: 30_000 },
    )
    .toBe("finished");
  if (!view) throw new Error("no view");
  return view;
}

const label = () => `bulk ${test.info().testId} ${randomUUID().slice(0, 8)}`;

test.describe("bulk actions on the fault AlertSite", () => {
  test.setTimeout(90_000);

  test("pausing two monitors sends exactly two PATCHes of {enabled: false}; the same request key again sends nothing", async ({
    page,
  }) => {
    const ids = [await createFaultMonitor(`${label()} a`), await createFaultMonitor(`${label()} b`)];
    await signInToFaultConsole(page, FAULT_USER.email);
    const body = { requestKey: randomUUID(), kind: "pause", monitorIds: ids };

    const started = await api(page, "POST", "/api/bulk-actions", body);
    expect(started.status).toBe(202);
    const view = await ended(page, actionOf(started).id);
    const again = await api(page, "POST", "/api/bulk-actions", body);

    expect(again.status).toBe(200);
    expect(actionOf(again).id).toBe(view.id);
    expect(view.items.map((item) => item.status)).toEqual(["done", "done"]);
    const { patches } = await upstreamChanges(ids);
    expect([...patches].sort((a, b) => a.id - b.id)).toEqual(
      ids.map((id) => ({ id: Number(id), body: { enabled: false } })),
    );
  });

  test("a time limit change where AlertSite refuses one monitor: that row says why; 'retry the failed ones' re-sends only it", async ({
    page,
  }) => {
    const name = label();
    const refusedName = patchFaultName("patch-500-once", `${name} refused`);
    const ids = [
      await createFaultMonitor(`${name} one`),
      await createFaultMonitor(refusedName),
      await createFaultMonitor(`${name} three`),
    ];
    await signInToFaultConsole(page, FAULT_USER.email);
    const started = await api(page, "POST", "/api/bulk-actions", {
      requestKey: randomUUID(),
      kind: "edit",
      items: ids.map((monitorId) => ({ monitorId, patch: { timeout: 90 } })),
    });
    const view = await ended(page, actionOf(started).id);

    expect(view.items.map((item) => [item.monitorName, item.status])).toEqual([
      [`${name} one`, "done"],
      [refusedName, "failed"],
      [`${name} three`, "done"],
    ]);
    expect(view.items[1]).toMatchObject({ message: expect.stringMatching(/AlertSite/), alertSite: PATCH_REFUSAL });

    const retried = await api(page, "POST", `/api/bulk-actions/${view.id}/retry`, { requestKey: randomUUID() });
    expect(retried.status).toBe(202);
    const after = await ended(page, view.id);

    expect(after.items.map((item) => item.status)).toEqual(["done", "done", "done"]);
    const { patches } = await upstreamChanges(ids);
    expect(patches.map((patch) => String(patch.id)).sort()).toEqual([ids[0], ids[1], ids[1], ids[2]].sort());
    expect(patches.every((patch) => JSON.stringify(patch.body) === '{"timeout":90}')).toBe(true);
  });

  test("a 429 with Retry-After is waited out: the monitor shows it is waiting, then it is sent again and done", async ({
    page,
  }) => {
    const limitedName = patchFaultName("patch-429-once", `${label()} limited`);
    const ids = [await createFaultMonitor(limitedName), await createFaultMonitor(`${label()} other`)];
    await signInToFaultConsole(page, FAULT_USER.email);
    const started = actionOf(
      await api(page, "POST", "/api/bulk-actions", { requestKey: randomUUID(), kind: "pause", monitorIds: ids }),
    );

    await expect
      .poll(async () => actionOf(await api(page, "GET", `/api/bulk-actions/${started.id}`)).items[0]?.status, {
        timeout: 15_000,
        intervals: [100],
      })
      .toBe("waiting");
    const view = await ended(page, started.id);

    expect(view.items.map((item) => item.status)).toEqual(["done", "done"]);
    const { patches } = await upstreamChanges(ids);
    expect(patches.filter((patch) => String(patch.id) === ids[0])).toHaveLength(2);
    expect(patches.filter((patch) => String(patch.id) === ids[1])).toHaveLength(1);
  });
});
