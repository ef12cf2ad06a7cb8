import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET, POST } from "./route";

afterEach(() => vi.restoreAllMocks());

describe("/api/auth/_log", () => {
  it("is closed: nobody can write lines into the server log through it", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const body = new URLSearchParams({ level: "error", code: "FORGED", message: "admin signed in" });
    const request = new NextRequest("http://console.test/api/auth/_log", { method: "POST", body });
    const context = { params: Promise.resolve({ nextauth: ["_log"] }) };
    expect((await POST(request, context)).status).toBe(404);
    expect((await GET(new NextRequest("http://console.test/api/auth/_log"), context)).status).toBe(404);
    expect(error).not.toHaveBeenCalled();
  });
});
