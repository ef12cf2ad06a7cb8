// AlertSite's messages are written for developers ("invalid_request - User authentication failed.").
// This table puts the ones the console knows into plain words with what to do next; the console
// always shows AlertSite's own text beside them, never instead of them.

export type KnownMessageKind =
  | "sign-in-failed"
  | "session-ended"
  | "permission-refused"
  | "not-found"
  | "plan-unavailable"
  | "interval-not-allowed"
  | "mailbox-in-use"
  | "required-missing"
  | "invalid-value"
  | "rate-limited";

export type KnownMessage = { kind: KnownMessageKind; message: string; action: string };

/** Which call the message answered: the same words mean "wrong password" on sign-in and "session ended" later. */
export type MessageContext = "sign-in" | "request";

type Rule = {
  kind: KnownMessageKind;
  matches: (text: string, status: number | undefined, context: MessageContext) => boolean;
  message: string;
  action: string;
};

const AUTHENTICATION_FAILED =
  /authentication failed|invalid (user ?name|username|credentials|login|password)|bad credentials|wrong password/i;
const TOKEN_PROBLEM =
  /invalid_token|token (has )?expired|expired token|access token is (missing|invalid)|not authenticated/i;

// Order matters: the first rule that matches wins, most specific first.
const RULES: readonly Rule[] = [
  {
    kind: "sign-in-failed",
    matches: (text, status, context) =>
      context === "sign-in" && (AUTHENTICATION_FAILED.test(text) || status === 400 || status === 401),
    message: "That email and password didn't work for AlertSite.",
    action:
      "Check them and try again. If your company signs in to AlertSite with single sign-on, you need a separate AlertSite API user.",
  },
  {
    kind: "rate-limited",
    matches: (text, status) => status === 429 || /too many requests|rate limit/i.test(text),
    message: "AlertSite is receiving too many requests from your account.",
    action: "Wait a minute, then try again.",
  },
  {
    kind: "session-ended",
    matches: (text, status) => status === 401 || TOKEN_PROBLEM.test(text) || AUTHENTICATION_FAILED.test(text),
    message: "Your AlertSite session has ended (AlertSite sign-ins last one hour).",
    action: "Sign in again to carry on; what you typed is kept.",
  },
  {
    kind: "permission-refused",
    matches: (text, status) =>
      status === 403 || /permission|not (allowed|permitted|authori[sz]ed) to|forbidden|access denied/i.test(text),
    message: "Your AlertSite role can't create or change monitors.",
    action: "Only Admin, Co-Admin and Power User roles can: ask one of them, or an admin to change your role.",
  },
  {
    kind: "not-found",
    matches: (text, status) => status === 404 || /\brecord not found\b/i.test(text),
    message: "AlertSite has no monitor with this ID.",
    action: "It may have been deleted. Check the ID, or find the monitor in the list.",
  },
  {
    kind: "mailbox-in-use",
    matches: (text) => /\b(email|mailbox)\b.*\b(already (in use|used|exists|taken)|in use|duplicate)/i.test(text),
    message: "Another monitor already uses this test mailbox.",
    action:
      "Each round-trip monitor needs a mailbox of its own, because the test deletes its message: use a different address.",
  },
  {
    kind: "interval-not-allowed",
    matches: (text) =>
      /\binterval\b/i.test(text) && /not (offered|allowed|available|supported|permitted)|invalid/i.test(text),
    message: "AlertSite doesn't offer this Run every value for the monitor's plan.",
    action: "Choose one of the intervals AlertSite lists, such as 5, 15 or 60 minutes.",
  },
  {
    kind: "plan-unavailable",
    matches: (text) =>
      /\b(billing_plancode|plan)\b/i.test(text) && /not (exist|available|found|valid)|unknown|invalid/i.test(text),
    message: "This measurement plan isn't available in your AlertSite account.",
    action: "Choose a plan your other monitors use, or ask your AlertSite admin which plan to use.",
  },
  {
    kind: "required-missing",
    matches: (text) =>
      /missing required|is required|required field|cannot be (empty|blank)|must not be empty/i.test(text),
    message: "AlertSite needs a value here.",
    action: "Fill it in and try again.",
  },
  {
    kind: "invalid-value",
    matches: (text, status) => status === 400 || /invalid|must be|is not a valid|not allowed/i.test(text),
    message: "AlertSite did not accept this value.",
    action: "Check it against the hint and try again.",
  },
];

/** The plain-language reading of one AlertSite message, or undefined when the console doesn't know it. */
export function knownMessage(
  text: string,
  status: number | undefined,
  context: MessageContext = "request",
): KnownMessage | undefined {
  const rule = RULES.find((candidate) => candidate.matches(text, status, context));
  return rule ? { kind: rule.kind, message: rule.message, action: rule.action } : undefined;
}
