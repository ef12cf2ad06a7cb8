import { z } from "zod";
import { monitorIdSchema } from "@/lib/monitors/monitor-id";

/** `POST /access-tokens`. `expires_in` is undocumented: used when present and sensible, ignored otherwise. */
export const signInResponseSchema = z
  .looseObject({
    access_token: z.string().min(1),
    expires_in: z
      .union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)])
      .refine((seconds) => Number.isFinite(seconds) && seconds > 0)
      .optional()
      .catch(undefined),
  })
  .transform((body) => ({ accessToken: body.access_token, expiresInSeconds: body.expires_in }));

/** Create and edit answer `{"id": "123456"}`; the id may also come as a number. */
export const alertSiteWriteResponseSchema = z
  .looseObject({ id: monitorIdSchema })
  .transform((body) => ({ id: body.id }));
