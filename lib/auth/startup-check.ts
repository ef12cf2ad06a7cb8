import { MISSING_SECRET_MESSAGE } from "./secret-message";

/**
 * A production server without a session secret would start and then fail every sign-in; refusing to
 * start says what is wrong before anyone depends on it.
 */
export function refuseToStartWithoutSecret(): void {
  if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET) {
    console.error(`\n${MISSING_SECRET_MESSAGE}\n`);
    process.exit(1);
  }
}
