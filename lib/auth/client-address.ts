type HeaderBag = Headers | Readonly<Record<string, unknown>> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * The sign-in request's client address, or undefined when it cannot be known.
 *
 * next-auth's `authorize` sees only headers, not the socket. `next start` fills in
 * `X-Forwarded-For` with the socket address only when the request has none, so without a trusted
 * proxy in front the header is whatever the client wrote and is never used. With `trustedHops`
 * proxies in front (TRUST_PROXY), each appends the address it saw: the entry `trustedHops` from
 * the end is the one our own outermost proxy saw, and everything left of it is client-supplied.
 */
export function clientAddress(headers: HeaderBag, trustedHops: number): string | undefined {
  if (trustedHops < 1) return undefined;
  const entries = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const address = entries[entries.length - trustedHops];
  return address && /^[0-9a-f.:[\]]{2,45}$/i.test(address) ? address.toLowerCase() : undefined;
}
