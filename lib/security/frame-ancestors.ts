/** A CSP source for a portal that may embed the console: `https://portal.example.com[:port]`, optionally `*.`-wildcarded. */
const ORIGIN_SOURCE = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;

export type FrameAncestors = { sources: string[]; invalid: string[] };

/**
 * Reads CONSOLE_FRAME_ANCESTORS: origins, separated by spaces or commas, of internal portals allowed
 * to show the console in a frame. Anything that is not a plain origin (a path, a quote, a `;` that
 * would start another directive, a bare `*`) makes the whole value invalid, and then only the
 * console itself may frame it: a typo must never open the console to every site.
 */
export function parseFrameAncestors(value: string | undefined): FrameAncestors {
  const entries = (value ?? "")
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase().replace(/\/+$/, ""))
    .filter((entry) => entry !== "");
  const invalid = entries.filter((entry) => !ORIGIN_SOURCE.test(entry));
  if (invalid.length > 0) return { sources: ["'self'"], invalid };
  return { sources: ["'self'", ...new Set(entries)], invalid: [] };
}

let configured: { value: string | undefined; sources: string[] } | undefined;

/** CONSOLE_FRAME_ANCESTORS as CSP sources, parsed once per value; an invalid value is reported once. */
export function configuredFrameAncestors(): string[] {
  const value = process.env.CONSOLE_FRAME_ANCESTORS;
  if (configured && configured.value === value) return configured.sources;
  const { sources, invalid } = parseFrameAncestors(value);
  if (invalid.length > 0) {
    console.error(
      `CONSOLE_FRAME_ANCESTORS is ignored: ${invalid.map((entry) => JSON.stringify(entry)).join(", ")} ${invalid.length === 1 ? "is not an origin" : "are not origins"} such as https://portal.example.com. Only the console itself may frame its pages.`,
    );
  }
  configured = { value, sources };
  return sources;
}
