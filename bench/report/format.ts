// Number formatting for the report; a missing figure prints as "–".

export const MISSING = "–";

export function ms(value: number | undefined, digits = 1): string {
  return value === undefined || !Number.isFinite(value) ? MISSING : value.toFixed(digits);
}

export function times(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? MISSING : `${value.toFixed(2)}x`;
}

export function kib(bytes: number | undefined): string {
  return bytes === undefined || !Number.isFinite(bytes) ? MISSING : (bytes / 1024).toFixed(1);
}

export function whole(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? MISSING : Math.round(value).toLocaleString("en");
}

export function mark(isMet: boolean | undefined): string {
  if (isMet === undefined) return "– not measured";
  return isMet ? "✓" : "✗";
}

/** A Markdown table; cells must not contain `|`. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** The last path segment of a URL or path, e.g. `1vrs31w086j6v.js`. */
export function fileName(urlOrPath: string): string {
  return urlOrPath.split(/[?#]/)[0]?.split("/").pop() || urlOrPath;
}

/** The section's heading and why it has no figures, or undefined when it has some. */
export function notMeasured(
  title: string,
  outcome: { ok: true } | { ok: false; reason: string } | undefined,
): string | undefined {
  if (outcome === undefined) return `### ${title}\n\nNot run (see --only).`;
  if (!outcome.ok) return `### ${title}\n\nNot measured: ${outcome.reason}`;
  return undefined;
}
