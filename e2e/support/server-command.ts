import path from "node:path";

/**
 * A shell command line for a server the e2e run starts: it first removes `fresh` (files or folders
 * left by an earlier run), runs `before`, then runs `command` with its output also copied to
 * `logFile`, for the log assertions and the secret scan.
 */
export function loggedCommand(
  command: string,
  logFile: string,
  { fresh = [], before = "" }: { fresh?: readonly string[]; before?: string } = {},
): string {
  const dir = JSON.stringify(path.dirname(logFile));
  const removals = fresh.map((entry) => `rm -rf ${JSON.stringify(entry)} && `).join("");
  return `sh -c ${JSON.stringify(`mkdir -p ${dir} && ${removals}${before}${command} 2>&1 | tee ${JSON.stringify(logFile)}`)}`;
}
