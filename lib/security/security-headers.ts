import { contentSecurityPolicy, type CspOptions } from "./content-security-policy";

const HSTS_MAX_AGE_SECONDS = 2 * 365 * 24 * 60 * 60;

export type ResponseSecurityHeaders = {
  "Content-Security-Policy": string;
  "Strict-Transport-Security"?: string;
};

/**
 * Headers for one page or API response, set by proxy.ts: the nonce-based CSP and, over https,
 * HSTS (without includeSubDomains: the console cannot speak for its neighbours). Those that never
 * change (nosniff, Referrer-Policy, ...) come from next.config.js, which also covers the build
 * assets the proxy never sees.
 */
export function responseSecurityHeaders(options: CspOptions): ResponseSecurityHeaders {
  const csp = contentSecurityPolicy(options);
  return options.isHttps
    ? { "Content-Security-Policy": csp, "Strict-Transport-Security": `max-age=${HSTS_MAX_AGE_SECONDS}` }
    : { "Content-Security-Policy": csp };
}
