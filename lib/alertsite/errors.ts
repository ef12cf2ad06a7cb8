export type AlertSiteErrorKind = "http" | "bad_response" | "unreachable" | "timeout";

export type AlertSiteMessage = { code: number; message: string };

/** Why a write's outcome is unknown: AlertSite may or may not have made the change. */
export type UnknownOutcomeCause = "timeout" | "connection-lost" | "gateway-error" | "unreadable-answer";

export type AlertSiteErrorInit = {
  kind: AlertSiteErrorKind;
  status?: number;
  errors: [AlertSiteMessage, ...AlertSiteMessage[]];
  retryAfterSeconds?: number;
  /** Technical detail for server logs. Must never contain a token or a password. */
  cause?: string;
  /** Set on a write whose answer was lost or unreadable, so the change may or may not have been made. */
  unknownOutcome?: UnknownOutcomeCause;
  /** The messages are AlertSite's own text (from its error body), not the console's description. */
  isAlertSiteText?: boolean;
};

/** The one error every AlertSite call rejects with; `errors` is always safe to show to the user. */
export class AlertSiteError extends Error {
  override readonly name = "AlertSiteError";
  readonly kind: AlertSiteErrorKind;
  /** Upstream HTTP status, when a response was received. */
  readonly status: number | undefined;
  readonly errors: AlertSiteMessage[];
  /** From Retry-After on 429 and 503 answers. */
  readonly retryAfterSeconds: number | undefined;
  override readonly cause: string | undefined;
  readonly unknownOutcome: UnknownOutcomeCause | undefined;
  readonly isAlertSiteText: boolean;

  constructor(init: AlertSiteErrorInit) {
    super(init.errors.map((error) => error.message).join("\n"));
    this.kind = init.kind;
    this.status = init.status;
    this.errors = [...init.errors];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.cause = init.cause;
    this.unknownOutcome = init.unknownOutcome;
    this.isAlertSiteText = init.isAlertSiteText ?? false;
  }
}

export function isAlertSiteError(error: unknown): error is AlertSiteError {
  return error instanceof AlertSiteError;
}
