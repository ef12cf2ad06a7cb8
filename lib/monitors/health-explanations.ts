import { type StatusExplanation } from "./health";

// AlertSite's status codes in plain words, with the likely fix. AlertSite publishes no full list of
// codes, so a code is recognised by its number where the number is documented for round-trip
// monitors, otherwise by the words of AlertSite's own description. AlertSite's description is
// always shown beside these words (LocationStatus.description), never replaced by them.

export const OK_CODE = 0;

const TIMEOUT: StatusExplanation = {
  reason: "test message not received in time",
  fix: "Check that the SMTP server accepts mail without a login, the mailbox address and the POP3 login.",
};

const NAME_NOT_RESOLVED: StatusExplanation = {
  reason: "a server name does not resolve",
  fix: "Check the SMTP and POP3 server names: each must be a name that exists in DNS, spelled as the mail provider gives it.",
};

const SMTP_REFUSED: StatusExplanation = {
  reason: "the SMTP server refused the connection",
  fix: "Check the SMTP server name and port, and that the server accepts connections from AlertSite's locations.",
};

const POP3_REFUSED: StatusExplanation = {
  reason: "the POP3 server refused the connection",
  fix: "Check the POP3 server name and port (995 for pop3s://, 110 for pop3://), and that it accepts connections from AlertSite's locations.",
};

const CONNECTION_REFUSED: StatusExplanation = {
  reason: "a mail server refused the connection",
  fix: "Check the SMTP and POP3 server names and ports, and that both accept connections from AlertSite's locations.",
};

const SMTP_LOGIN: StatusExplanation = {
  reason: "the SMTP server wants a login",
  fix: "Use an SMTP server that accepts mail for the mailbox without a login (AlertSite cannot log in to SMTP).",
};

const POP3_LOGIN: StatusExplanation = {
  reason: "the mailbox login failed",
  fix: "Check the POP3 login and password of the mailbox (the login is often the full address or the part before @).",
};

const INTERNAL: StatusExplanation = {
  reason: "AlertSite internal status",
  fix: "Nothing to change on the monitor: AlertSite uses this code internally. If it stays, ask AlertSite support.",
};

/** An error the console has no words of its own for: AlertSite's description says what it is. */
export const UNKNOWN_ERROR: StatusExplanation = {
  reason: "AlertSite reported an error",
  fix: "Read AlertSite's description of the code; Test now shows whether it happens again.",
};

/** Codes AlertSite uses internally and does not normally show on its dashboards. */
export const INTERNAL_CODES: ReadonlySet<number> = new Set([21, 90, 95, 6061]);

const BY_CODE: ReadonlyMap<number, StatusExplanation> = new Map([
  [2, TIMEOUT],
  [51, NAME_NOT_RESOLVED],
]);

const mentionsSmtp = (text: string) => /\bsmtp\b/i.test(text);
const mentionsPop3 = (text: string) => /\bpop3?\b|mailbox/i.test(text);

function byDescription(description: string): StatusExplanation | undefined {
  if (/resolve|dns|unknown host|host not found|no such host/i.test(description)) return NAME_NOT_RESOLVED;
  if (/timed? ?out|not (been )?received|did not arrive|never arrived/i.test(description)) return TIMEOUT;
  if (/refused|could not connect|unable to connect|connect(ion)? failed/i.test(description)) {
    if (mentionsSmtp(description)) return SMTP_REFUSED;
    if (mentionsPop3(description)) return POP3_REFUSED;
    return CONNECTION_REFUSED;
  }
  if (/log ?in|auth|password|credential/i.test(description)) {
    if (mentionsSmtp(description)) return SMTP_LOGIN;
    return POP3_LOGIN;
  }
  return undefined;
}

/**
 * The console's reading of a status code and AlertSite's description of it. Null for OK and for a
 * result with neither a code nor a description (nothing to explain).
 */
export function explainStatus(code: number | null, description: string | null): StatusExplanation | null {
  if (code === OK_CODE) return null;
  if (code !== null && INTERNAL_CODES.has(code)) return INTERNAL;
  const known =
    (code === null ? undefined : BY_CODE.get(code)) ?? (description ? byDescription(description) : undefined);
  if (known) return known;
  return code === null && !description ? null : UNKNOWN_ERROR;
}
