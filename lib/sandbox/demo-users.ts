/**
 * The sandbox's demo logins. The console learns them only over HTTP (`GET /demo-logins`),
 * never by importing this file.
 */

/** Roles AlertSite knows; only Admin, Co-Admin and Power User may create or change monitors. */
export type AlertSiteRole = "Admin" | "Co-Admin" | "Power User" | "Read Only";
export const WRITE_ROLES: readonly AlertSiteRole[] = ["Admin", "Co-Admin", "Power User"];

export type DemoUser = {
  readonly email: string;
  readonly password: string;
  readonly role: AlertSiteRole;
  /** One line for the sign-in page. */
  readonly description: string;
};

export const DEMO_ADMIN: DemoUser = {
  email: "demo@example.com",
  password: "demo-password",
  role: "Admin",
  description: "Admin: can view, create, edit and delete monitors",
};

export const DEMO_READ_ONLY: DemoUser = {
  email: "readonly@example.com",
  password: "readonly-password",
  role: "Read Only",
  description: "Read Only: can view monitors; creating, editing or deleting is refused (403)",
};

export const DEMO_USERS: readonly DemoUser[] = [DEMO_ADMIN, DEMO_READ_ONLY];

/** Present only when SANDBOX_READ_VARIATIONS names it: an Admin of the same account whose reads vary. */
export const DEMO_VARIED: DemoUser = {
  email: "varied@example.com",
  password: "varied-password",
  role: "Admin",
  description: "Admin whose reads vary as AlertSite's documentation allows (SANDBOX_READ_VARIATIONS)",
};

/** The logins of a sandbox whose reads vary for `variedLogins`. */
export function demoUsers(variedLogins: ReadonlySet<string>): readonly DemoUser[] {
  return variedLogins.has(DEMO_VARIED.email) ? [...DEMO_USERS, DEMO_VARIED] : DEMO_USERS;
}
