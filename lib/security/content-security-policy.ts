export type CspOptions = {
  nonce: string;
  /** `next dev` needs eval for its error overlay and inline styles for its tooling; production never. */
  isDevelopment: boolean;
  frameAncestors: readonly string[];
  isHttps: boolean;
};

/**
 * The console's Content-Security-Policy. Scripts run only with this response's nonce (Next puts it
 * on its own scripts) or when loaded by such a script ('strict-dynamic'); everything else comes
 * from the console's own origin. The console calls no third party from the browser.
 */
export function contentSecurityPolicy({ nonce, isDevelopment, frameAncestors, isHttps }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${isDevelopment ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(" ")}`,
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce per response (base64 of 16 random bytes). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
