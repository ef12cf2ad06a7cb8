import { FlaskConicalIcon } from "lucide-react";

/** Tells the user the console is on the sandbox (the demo logins are buttons in the form). */
export function SandboxNotice() {
  return (
    <section
      aria-labelledby="sandbox-heading"
      className="flex gap-3 rounded-lg border border-warning/30 bg-warning/10 p-4 text-sm"
    >
      <FlaskConicalIcon aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
      <div>
        <h2 id="sandbox-heading" className="font-medium">
          This console is on the AlertSite sandbox
        </h2>
        <p className="mt-1 text-muted-foreground">Nothing you do here reaches the real AlertSite.</p>
      </div>
    </section>
  );
}
