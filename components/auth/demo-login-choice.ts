import type { DemoLogin } from "@/lib/auth/sandbox-demo-logins";

export type DemoLoginChoice = { kind: "admin" | "read-only" | "other"; label: string; hint: string };

/**
 * How a sandbox demo login is offered on the sign-in page. The sandbox describes each login as
 * "<AlertSite role>: <what it may do>"; the two it ships get plain labels, any other its own words.
 */
export function demoLoginChoice(login: DemoLogin): DemoLoginChoice {
  const role = login.description.split(":", 1)[0]?.trim().toLowerCase();
  if (role === "admin") return { kind: "admin", label: "Use the demo admin", hint: "Can create and change monitors" };
  if (role === "read only")
    return { kind: "read-only", label: "Use the read-only demo", hint: "Can look, but not create or change" };
  return { kind: "other", label: `Use ${login.email}`, hint: login.description };
}
