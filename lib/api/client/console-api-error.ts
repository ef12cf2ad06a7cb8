import { type ApiError, errorLines, type RefusalReason, type WriteOutcome } from "../envelope";

/** The browser-side mirror of the console's error envelope: every failed call rejects with this. */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ApiError[],
    readonly retryAfterSeconds?: number,
    /** After a write whose answer was lost: whether the console found it not made, or could not tell. */
    readonly outcome?: WriteOutcome,
    /** Why the console refused the request itself, when it says (e.g. its history could not be written). */
    readonly reason?: RefusalReason,
  ) {
    // One line per plain message, each followed by "AlertSite said: …" where AlertSite said something.
    super(errors.flatMap(errorLines).join("\n"));
    this.name = "ConsoleApiError";
  }

  /** The AlertSite session ended (or never existed): the user must sign in again. */
  get isSessionEnded(): boolean {
    return this.status === 401;
  }
}
