const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * True when a request's Host names this machine. The sandbox hands out demo logins, so it answers
 * only requests addressed to a loopback name: a web page that rebinds its own domain to 127.0.0.1
 * (DNS rebinding) still sends its own domain as Host and is refused.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.toLowerCase().replace(/:\d{1,5}$/, "");
  return LOOPBACK_NAMES.has(name);
}
