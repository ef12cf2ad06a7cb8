import "server-only";
import { type ApiError } from "@/lib/api/envelope";

/** The envelope's code and status when a change is refused because its history could not be written. */
export const HISTORY_UNAVAILABLE_STATUS = 503;

export const HISTORY_UNAVAILABLE_ERROR: ApiError = {
  code: HISTORY_UNAVAILABLE_STATUS,
  message:
    "The change was not sent: the console could not write it to its history, and it makes no change it cannot record.",
  action:
    "Nothing was changed in AlertSite. Try again in a minute; if it keeps happening, tell whoever runs the console.",
};

/**
 * Thrown instead of calling AlertSite when the attempt could not be written to the history. The
 * cause (the database's own message) goes to the server log only.
 */
export class HistoryUnavailable extends Error {
  constructor(cause: unknown) {
    super(HISTORY_UNAVAILABLE_ERROR.message, { cause });
    this.name = "HistoryUnavailable";
  }
}
