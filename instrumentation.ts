// Runs once when a server starts. Node-only checks live in their own module so that the Edge
// bundle of this file never contains them.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { refuseUnsafeProductionStart } = await import("./lib/startup/production-config");
    refuseUnsafeProductionStart();
  }
}
