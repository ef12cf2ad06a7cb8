import { describe, expect, it } from "vitest";
import { demoLoginChoice } from "./demo-login-choice";

describe("how a sandbox demo login is offered", () => {
  it("names the admin and the read-only login in plain words, without status codes", () => {
    const admin = demoLoginChoice({
      email: "demo@example.com",
      password: "demo-password",
      description: "Admin: can view, create, edit and delete monitors",
    });
    const readOnly = demoLoginChoice({
      email: "readonly@example.com",
      password: "readonly-password",
      description: "Read Only: can view monitors; creating, editing or deleting is refused (403)",
    });
    expect(admin).toEqual({ kind: "admin", label: "Use the demo admin", hint: "Can create and change monitors" });
    expect(readOnly).toEqual({
      kind: "read-only",
      label: "Use the read-only demo",
      hint: "Can look, but not create or change",
    });
    expect(JSON.stringify([admin, readOnly])).not.toMatch(/403|refused/);
  });

  it("offers any other login by its email, with the sandbox's own description", () => {
    expect(
      demoLoginChoice({ email: "power@example.com", password: "p", description: "Power User: can edit monitors" }),
    ).toEqual({ kind: "other", label: "Use power@example.com", hint: "Power User: can edit monitors" });
  });
});
