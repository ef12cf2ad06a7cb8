import { type ApiError } from "../envelope";

/** The browser-side mirror of the console's error envelope: every failed call rejects with this. */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ApiError[],
    readonly retryAfterSeconds?: number,
  ) {
    super(errors.map((error) => error.message).join("\n"));
    this.name = "ConsoleApiError";
  }

  /** The AlertSite session ended (or never existed): the user must sign in again. */
  get isSessionEnded(): boolean {
    return this.status === 401;
  }
}
