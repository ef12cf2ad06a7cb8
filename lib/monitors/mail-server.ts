import { MESSAGES } from "./messages";

// Mail servers: `scheme://host:port` with an allowed scheme, or a bare `host[:port]`.

const MAIL_SERVERS = {
  smtp: {
    schemes: ["smtp", "smtps"],
    shape: "Use a server name such as smtp.example.com or smtps://smtp.example.com:465 — no path or login in it.",
    wrongScheme: "Outgoing mail only: use smtp:// or smtps://, or just the server name such as smtp.example.com.",
  },
  pop3: {
    schemes: ["pop3", "pop3s"],
    shape: "Use a server name such as pop.example.com or pop3s://pop.example.com:995 — no path or login in it.",
    wrongScheme: "POP3 only: use pop3:// or pop3s://, or just the server name such as pop.example.com.",
  },
} as const;

export type MailServerKind = keyof typeof MAIL_SERVERS;

const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

function isIPv4(host: string): boolean {
  const parts = host.split(".");
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

function isHostName(host: string): boolean {
  const labels = host.split(".");
  // A numeric last label would make it an (invalid) IPv4 address, not a name.
  const last = labels.at(-1) ?? "";
  return host.length <= 253 && labels.every((label) => HOST_LABEL.test(label)) && !/^\d+$/.test(last);
}

/** Why `value` is not an acceptable mail server address, or undefined when it is. */
export function mailServerProblem(value: string, kind: MailServerKind): string | undefined {
  const server = MAIL_SERVERS[kind];
  let rest = value;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value);
  if (scheme) {
    const name = (scheme[1] ?? "").toLowerCase();
    if (!server.schemes.some((allowed) => allowed === name)) return server.wrongScheme;
    rest = value.slice(scheme[0].length);
  }
  // Path, query, fragment, login (user:pass@) and spaces are all out.
  if (/[/?#@\\\s]/.test(rest)) return server.shape;
  const [host = "", port, ...extra] = rest.split(":");
  if (extra.length > 0) return server.shape;
  if (!isIPv4(host) && !isHostName(host)) return server.shape;
  if (port !== undefined && (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
    return MESSAGES.port;
  }
  return undefined;
}
