import "server-only";
import { type AlertSiteError } from "@/lib/alertsite";
import { type ApiError, type WriteOutcome } from "../envelope";

/**
 * A write whose answer was lost, after the console looked: the change is not there ("not-saved",
 * safe to send again) or the look-up could not tell ("unknown"). `lead` says which, in plain words;
 * the failure itself is still described and logged under it.
 */
export class UnresolvedWrite extends Error {
  constructor(
    readonly failure: AlertSiteError,
    readonly outcome: WriteOutcome,
    readonly lead: ApiError,
  ) {
    super(lead.message);
    this.name = "UnresolvedWrite";
  }
}
