"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field, inputClassName } from "@/components/form/field";
import { alertMessagesFromLines, FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { type Credentials, credentialsSchema } from "@/lib/auth/credentials";

/** The console's own sign-in throttle refused, not AlertSite (see lib/auth/throttle.ts). */
function isThrottled(message: string): boolean {
  return message.startsWith("Too many failed sign-ins");
}

type SignInFormProps = {
  callbackUrl: string;
  initialEmail?: string;
  /** Why the visitor is here, when they did not choose to come (an expired session). */
  notice?: string;
};

export function SignInForm({ callbackUrl, initialEmail = "", notice }: SignInFormProps) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [isRedirecting, setIsRedirecting] = useState(false);
  const {
    register,
    handleSubmit,
    resetField,
    formState: { errors, isSubmitting },
  } = useForm<Credentials>({
    resolver: zodResolver(credentialsSchema),
    defaultValues: { email: initialEmail, password: "" },
    mode: "onTouched",
  });

  const onSubmit = handleSubmit(async ({ email, password }) => {
    setFailure(null);
    // An explicit callbackUrl: next-auth would otherwise use this page's own URL, and read any
    // `?error=` on it (from next-auth's own redirects) as a failure of this sign-in.
    const result = await signIn("credentials", { email, password, redirect: false, callbackUrl });
    if (!result || result.error || !result.ok) {
      resetField("password");
      setFailure(result?.error ?? "Sign-in failed. Try again.");
      return;
    }
    setIsRedirecting(true);
    router.replace(callbackUrl);
    router.refresh();
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-5">
      {failure ? (
        <FormAlert
          title={isThrottled(failure) ? "Sign-in is paused" : "AlertSite did not accept that sign-in"}
          // authorize.ts puts AlertSite's own words on a second line: "AlertSite said: …".
          messages={alertMessagesFromLines(failure.split("\n"))}
        />
      ) : notice ? (
        <FormAlert title={notice} tone="success" />
      ) : null}
      <Field name="email" label="AlertSite email" error={errors.email?.message} required>
        {(control) => (
          <input {...control} {...register("email")} type="email" autoComplete="username" className={inputClassName} />
        )}
      </Field>
      <Field name="password" label="Password" error={errors.password?.message} required>
        {(control) => (
          <input
            {...control}
            {...register("password")}
            type="password"
            autoComplete="current-password"
            className={inputClassName}
          />
        )}
      </Field>
      <SubmitButton isPending={isSubmitting || isRedirecting} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
