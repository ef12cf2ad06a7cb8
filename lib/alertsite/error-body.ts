import { z } from "zod";
import { type AlertSiteMessage } from "./errors";

const MAX_MESSAGE_LENGTH = 1000;

const codeSchema = z.union([z.int(), z.string().trim().regex(/^\d+$/).transform(Number)]);

const messageObjectSchema = z.looseObject({
  code: z.unknown().optional(),
  message: z.string(),
});

const messageItemSchema = z.union([
  z.string().transform((message) => ({ code: undefined, message })),
  messageObjectSchema,
]);

// AlertSite documents only the first shape; the others are what gateways and OAuth-style endpoints tend to send.
const envelopeSchema = z.union([
  z.looseObject({
    errors: z.union([z.array(z.unknown()), z.union([z.string(), z.looseObject({})]).transform((item) => [item])]),
  }),
  z.looseObject({ error: z.string(), error_description: z.string().optional() }).transform((body) => ({
    errors: [body.error_description ? `${body.error} - ${body.error_description}` : body.error],
  })),
  z.looseObject({ error: messageObjectSchema }).transform((body) => ({ errors: [body.error] })),
  z.looseObject({ message: z.string() }).transform((body) => ({ errors: [body.message] })),
  z.looseObject({ detail: z.string() }).transform((body) => ({ errors: [body.detail] })),
]);

/**
 * The user-presentable messages in a parsed JSON error body, in order; empty when there are none.
 * A code that is missing or not a number becomes the HTTP status.
 */
export function messagesFromErrorBody(body: unknown, status: number): AlertSiteMessage[] {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) return [];
  const messages: AlertSiteMessage[] = [];
  for (const item of envelope.data.errors) {
    const parsed = messageItemSchema.safeParse(item);
    if (!parsed.success) continue;
    const message = presentable(parsed.data.message);
    if (message === undefined) continue;
    const code = codeSchema.safeParse(parsed.data.code);
    messages.push({ code: code.success ? code.data : status, message });
  }
  return messages;
}

function presentable(text: string): string | undefined {
  const message = text.replace(/\s+/g, " ").trim();
  // Markup in a message means something other than AlertSite wrote it (a proxy page stuffed into JSON).
  if (message === "" || /<\/?[a-z!][^>]*>/i.test(message)) return undefined;
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message;
}
