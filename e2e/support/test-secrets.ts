/** Mailbox passwords the security specs type into the create form; the log and bundle scans look for them. */
export const MAILBOX_PASSWORDS = {
  failures: "mailbox-PASSWORD-e2e-91c2",
  secrecy: "mailbox-PASSWORD-e2e-secrecy-5d7e",
} as const;
