import { type z } from "zod";
import { type MonitorFormValues, monitorCreateSchema } from "./create-schema";

// Shared by the tests of the create schema and of the field rules it is built from.

export const minimal = {
  billing_plancode: "UBM - A/A",
  name: "Support mailbox",
  smtp_hostname: "smtps://smtp.example.com:465",
  pop3_hostname: "pop3s://pop.example.com:995",
  email: "roundtrip@example.com",
} satisfies MonitorFormValues;

export function parse(input: unknown) {
  return monitorCreateSchema.safeParse(input);
}

/** Messages by field path ("timeout", "custom_properties.0.value_id"). */
export function messages(result: { success: boolean; error?: z.ZodError }): Record<string, string[]> {
  const byPath: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) {
    const path = issue.path.map(String).join(".");
    (byPath[path] ??= []).push(issue.message);
  }
  return byPath;
}

export function errorAt(input: unknown, path: string): string | undefined {
  return messages(parse(input))[path]?.[0];
}

export function outputOf(input: unknown) {
  const result = parse(input);
  if (!result.success) throw new Error(`expected valid input, got ${JSON.stringify(messages(result))}`);
  return result.data;
}
