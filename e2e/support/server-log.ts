import { existsSync, readFileSync, statSync } from "node:fs";

/** A console's captured output (see playwright.config.ts), read from a mark onwards. */
export class ServerLog {
  constructor(readonly file: string) {}

  /** Where the log ends now; later reads look only past it. */
  mark(): number {
    return existsSync(this.file) ? statSync(this.file).size : 0;
  }

  linesSince(mark: number, pattern: RegExp): string[] {
    if (!existsSync(this.file)) return [];
    const text = readFileSync(this.file).subarray(mark).toString("utf8");
    return text.split("\n").filter((line) => pattern.test(line));
  }
}
