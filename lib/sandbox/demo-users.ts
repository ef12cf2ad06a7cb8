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
