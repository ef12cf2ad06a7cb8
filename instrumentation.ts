// Runs once when a server starts (`next dev` and `next start`), before it serves. Node-only work
// lives in its own modules so that the Edge bundle of this file never contains them.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { refuseToStartWithoutSecret } = await import("./lib/auth/startup-check");
    refuseToStartWithoutSecret();
    const { prepareDatabase } = await import("./lib/db/startup");
    await prepareDatabase();
  }
}
