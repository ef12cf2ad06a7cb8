import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAlertSiteClient } from "./client";
import { expectFailure, expectNoSecrets } from "./testing/expect-failure";
import { type FakeUpstream, startFakeUpstream } from "./testing/fake-upstream";

const credentials = { username: "ops@example.com", password: "pa55-w0rd-XYZ" };

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(() => upstream.close());
beforeEach(() => upstream.reset());

const client = () => createAlertSiteClient({ baseUrl: upstream.baseUrl, timeoutMs: 2000 });

describe("signIn", () => {
  it("posts the credentials as JSON to /access-tokens without an Authorization header", async () => {
    upstream.respond({ json: { access_token: "tok-1" } });

    const result = await client().signIn(credentials);

    expect(result).toEqual({ accessToken: "tok-1", expiresInSeconds: undefined });
    const request = upstream.lastRequest();
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/api/v3/access-tokens");
    expect(JSON.parse(request.body)).toEqual(credentials);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers.accept).toBe("application/json");
    expect(request.headers.authorization).toBeUndefined();
  });

  it("reads the undocumented expires_in when AlertSite sends it", async () => {
    upstream.respond({ json: { access_token: "tok-2", expires_in: 3600 } });
    await expect(client().signIn(credentials)).resolves.toEqual({ accessToken: "tok-2", expiresInSeconds: 3600 });

    upstream.respond({ json: { access_token: "tok-3", expires_in: "1800" } });
    await expect(client().signIn(credentials)).resolves.toEqual({ accessToken: "tok-3", expiresInSeconds: 1800 });
  });

  it("ignores an expires_in it cannot use instead of failing the sign-in", async () => {
    upstream.respond({ json: { access_token: "tok-4", expires_in: "soon" } });
    await expect(client().signIn(credentials)).resolves.toEqual({ accessToken: "tok-4", expiresInSeconds: undefined });
  });

  it("keeps AlertSite's message for a wrong login", async () => {
    upstream.respond({
      status: 400,
      json: { errors: [{ code: 400, message: "invalid_request - User authentication failed." }] },
    });

    const error = await expectFailure(client().signIn(credentials));

    expect(error.kind).toBe("http");
    expect(error.status).toBe(400);
    expect(error.errors).toEqual([{ code: 400, message: "invalid_request - User authentication failed." }]);
    expectNoSecrets(error, [credentials.password]);
  });

  it("never repeats the password, even when the upstream echoes it", async () => {
    upstream.respond({
      status: 400,
      json: { errors: [{ code: 400, message: `Password ${credentials.password} is wrong` }] },
    });

    const error = await expectFailure(client().signIn(credentials));

    expectNoSecrets(error, [credentials.password]);
    expect(error.errors[0]?.message).toBe("Password [redacted] is wrong");
  });

  it("treats a 200 without an access token as an answer it did not understand", async () => {
    upstream.respond({ json: { token: "tok-in-the-wrong-field" } });

    const error = await expectFailure(client().signIn(credentials));

    expect(error.kind).toBe("bad_response");
    expect(error.status).toBe(200);
    expect(error.message).toBe("AlertSite sent an answer the console did not understand.");
    expectNoSecrets(error, ["tok-in-the-wrong-field", credentials.password]);
  });
});
