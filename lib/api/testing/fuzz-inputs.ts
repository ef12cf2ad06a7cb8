import fc from "fast-check";
import { expect } from "vitest";
import { type FakeUpstream } from "@/lib/alertsite/testing/fake-upstream";
import { expectEnvelope } from "./route-harness";

// Shared by the route fuzz files (app/api/route-fuzz*.test.ts): hostile inputs, and a runner that
// starts every case with a clean fake AlertSite and checks that no case polluted Object.prototype.

/** Route ids of every kind: strings, numbers, path tricks, encodings, look-alike digits. */
export const hostileId = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
  fc.nat({ max: 999_999_999 }).map(String),
  fc.constantFrom(
    "..%2F..%2Faccess-tokens",
    "..%2f",
    "%2e%2e%2f",
    "%2E%2E",
    "../",
    "..\\",
    "123/../456",
    "123%2F..%2F456",
    "123456%00",
    "0",
    "00",
    "007",
    "-1",
    "+1",
    "1e3",
    "0x10",
    "１２３",
    "123 ",
    " 123",
    "123\n",
    "9".repeat(16),
    "123456#x",
    "123456?select=email_password",
  ),
);

/** Request keys (bulk actions): UUIDs in either case, and strings that only look like one. */
export const hostileRequestKey = fc.oneof(
  fc.uuid(),
  fc.uuid().map((uuid) => uuid.toUpperCase()),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "00000000-0000-0000-0000-000000000000",
    "{6f1c2a4e-1111-4222-8333-944455556666}",
    "6f1c2a4e111142228333944455556666",
  ),
);

/** Content types other than JSON, which every state-changing route refuses. */
export const wrongContentType = fc
  .oneof(
    fc.constantFrom(
      "text/plain",
      "text/json",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json-seq",
      "application/jsonp",
      "json",
      "",
    ),
    fc.stringMatching(/^[\x21-\x7e]{1,30}$/),
  )
  .filter((value) => value.split(";")[0]?.trim().toLowerCase() !== "application/json");

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

export function expectPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(Reflect.get({}, "polluted")).toBeUndefined();
}

/** Runs `check` on `numRuns` generated values, each with a reset upstream; `counter.cases` counts them. */
export function fuzzRunner(upstream: () => FakeUpstream, counter: { cases: number }) {
  return <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, check: (value: T) => Promise<void>) =>
    fc.assert(
      fc.asyncProperty(arbitrary, async (value) => {
        counter.cases += 1;
        upstream().reset();
        await check(value);
        expectPrototypeUntouched();
      }),
      { numRuns },
    );
}

/** A refusal: a 4xx envelope, and AlertSite never asked. */
export async function expectRefusedAndNothingSent(response: Response, upstream: FakeUpstream): Promise<void> {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  await expectEnvelope(response);
  expect(upstream.requests).toEqual([]);
}
