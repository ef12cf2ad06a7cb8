import { type ReactNode } from "react";
import { LogoMark, PRODUCT_NAME } from "@/components/layout/logo";

/** The sign-in card: the product's mark and name, what to sign in with, then the form. */
export function SignInCard({ children }: { children: ReactNode }) {
  return (
    <div className="rounded-xl border bg-card p-6 text-card-foreground shadow-sm sm:p-8">
      <div className="flex items-center gap-3">
        <LogoMark className="size-10" />
        <div className="leading-tight">
          <p className="font-semibold tracking-tight">{PRODUCT_NAME}</p>
          <p className="text-sm text-muted-foreground">for AlertSite</p>
        </div>
      </div>
      <h1 className="mt-6 text-2xl font-semibold tracking-tight">Sign in</h1>
      <p className="mt-2 text-sm text-muted-foreground">
        Use the{" "}
        <strong className="font-medium text-foreground">email and password you sign in to AlertSite with</strong>. The
        console passes them to AlertSite once to start your session and does not keep your password.
      </p>
      <div className="mt-6">{children}</div>
    </div>
  );
}
