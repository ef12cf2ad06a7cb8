// Characters that are invisible or change how text around them is shown: C0 and C1 controls, DEL,
// line and paragraph separators, and the bidirectional marks, embeddings, overrides and isolates
// (U+202E can make "exe.gnp" read as "png.exe"). Line breaks and tabs are allowed where text may
// span lines (notes).
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const HIDDEN_EXCEPT_LINE_BREAKS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

const NAMES: Readonly<Record<number, string>> = {
  0x09: "a tab",
  0x0a: "a line break",
  0x0d: "a line break",
  0x061c: "an Arabic letter mark",
  0x200e: "a left-to-right mark",
  0x200f: "a right-to-left mark",
  0x2028: "a line separator",
  0x2029: "a paragraph separator",
  0x202a: "a left-to-right embedding",
  0x202b: "a right-to-left embedding",
  0x202c: "a pop directional formatting",
  0x202d: "a left-to-right override",
  0x202e: "a right-to-left override",
  0x2066: "a left-to-right isolate",
  0x2067: "a right-to-left isolate",
  0x2068: "a first strong isolate",
  0x2069: "a pop directional isolate",
};

/** The first hidden character in `text` as `U+XXXX`, with a name when it has a familiar one. */
export function firstHiddenCharacter(
  text: string,
  { allowLineBreaks }: { allowLineBreaks: boolean },
): { codePoint: string; name: string } | undefined {
  const match = (allowLineBreaks ? HIDDEN_EXCEPT_LINE_BREAKS : HIDDEN).exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  return {
    codePoint: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`,
    name: NAMES[code] ?? "an invisible control character",
  };
}
