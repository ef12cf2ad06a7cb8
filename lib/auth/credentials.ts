import { z } from "zod";

/** The sign-in form's shape: checked in the browser and again in next-auth's `authorize`. */
export const credentialsSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter the email address you sign in to AlertSite with.")
    .max(320, "That email address is too long.")
    .pipe(z.email("Enter a full email address, e.g. jane@example.com.")),
  password: z.string().min(1, "Enter your AlertSite password.").max(1024, "That password is too long."),
});

export type Credentials = z.infer<typeof credentialsSchema>;
