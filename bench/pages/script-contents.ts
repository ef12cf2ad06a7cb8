// Names what a minified script file holds, by strings that survive minification, so the report can
// say which library makes a page's JavaScript grow. Only this project's larger client-side pieces.

const SIGNATURES: readonly { name: string; marker: string }[] = [
  { name: "zod", marker: "$ZodType" },
  { name: "react-hook-form", marker: "shouldUnregister" },
  { name: "next-auth/react", marker: "getCsrfToken" },
  { name: "lib/monitors (schemas)", marker: "Enter the measurement plan code" },
];

export function librariesIn(source: string): string[] {
  return SIGNATURES.filter(({ marker }) => source.includes(marker)).map(({ name }) => name);
}
