"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Field } from "@/components/form/field";
import { alertMessagesFromLines, FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { Input } from "@/components/ui/input";
import { type Credentials, credentialsSchema } from "@/lib/auth/credentials";
import type { DemoLogin } from "@/lib/auth/sandbox-demo-logins";
import { DemoLogins } from "./demo-logins";

/** The console's own sign-in throttle refused, not AlertSite (see lib/auth/throttle.ts). */
function isThrottled(message: string): boolean {
  return message.startsWith("Too many failed sign-ins");
}

type SignInFormProps = {
  callbackUrl: string;
  initialEmail?: string;
  /** Why the visitor is here, when they did not choose to come (an expired session). */
  notice?: string;
  /** The sandbox's demo logins, offered as buttons that fill the form in; none on the real AlertSite. */
  demoLogins?: readonly DemoLogin[];
};

export function SignInForm({ callbackUrl, initialEmail = "", notice, demoLogins = [] }: SignInFormProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isRedirecting, setIsRedirecting] = useState(false);
  const {
    register,
    handleSubmit,
    resetField,
    setValue,
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

  function fillDemoLogin({ email, password }: DemoLogin) {
    setValue("email", email, { shouldValidate: true });
    setValue("password", password, { shouldValidate: true });
    // Filled in, not sent: the next Enter or click signs in.
    formRef.current?.querySelector<HTMLButtonElement>("button[type=submit]")?.focus();
  }

  return (
    <div className="space-y-6">
      <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-5">
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
          {(control) => <Input {...control} {...register("email")} type="email" autoComplete="username" />}
        </Field>
        <Field name="password" label="Password" error={errors.password?.message} required>
          {(control) => (
            <Input {...control} {...register("password")} type="password" autoComplete="current-password" />
          )}
        </Field>
        <SubmitButton isPending={isSubmitting || isRedirecting} pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      <DemoLogins logins={demoLogins} onUse={fillDemoLogin} />
    </div>
  );
}
