// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional embeddings, overrides
// and isolates: anything that could start a forged line or make a line read differently than it is.
const UNSAFE_IN_A_LOG_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to put inside one log line: every unsafe character written as a visible `\uXXXX`. */
export function escapeForLog(text: string, maxLength = 2000): string {
  const escaped = text.replace(
    UNSAFE_IN_A_LOG_LINE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return escaped.length > maxLength ? `${escaped.slice(0, maxLength)}… (${escaped.length - maxLength} more)` : escaped;
}
