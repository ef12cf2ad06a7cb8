import { type ChildServer } from "../lib/processes";
import { startSandboxServer } from "./start";

/** The one sandbox of a run, restarted on the same port whenever another number of monitors is wanted. */
export type SandboxHandle = {
  /** Makes sure the sandbox runs with this many generated monitors. */
  use(generatedMonitors: number): Promise<void>;
  stop(): Promise<void>;
};

export function sandboxHandle(): SandboxHandle {
  let server: ChildServer | undefined;
  let generated: number | undefined;
  return {
    async use(generatedMonitors) {
      if (server && generated === generatedMonitors && !server.hasExited()) return;
      await server?.stop();
      server = undefined;
      server = await startSandboxServer(generatedMonitors);
      generated = generatedMonitors;
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
  };
}
