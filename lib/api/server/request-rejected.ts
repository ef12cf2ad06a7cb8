import "server-only";
import { type ApiError } from "../envelope";

/**
 * A request the console refuses before anything reaches AlertSite (or before the change is sent):
 * thrown from anywhere under a console route, it becomes a 4xx envelope.
 */
export class RequestRejected extends Error {
  constructor(
    readonly status: number,
    readonly errors: [ApiError, ...ApiError[]],
  ) {
    super(errors.map((error) => error.message).join("\n"));
  }
}
