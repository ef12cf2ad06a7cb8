import { ArrowLeftIcon, CircleAlertIcon, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { type ReactNode } from "react";
import { Button } from "@/components/ui/button";

type DeadEndProps = {
  title: string;
  children: ReactNode;
  /** The mark above the title: what kind of dead end this is. */
  Icon?: LucideIcon;
  /** What the user can do here besides going back to the list (e.g. a "Try again" button). */
  actions?: ReactNode;
};

/** A page that can't show what was asked for: says why in plain words and leads back to the list. */
export function DeadEnd({ title, children, Icon = CircleAlertIcon, actions }: DeadEndProps) {
  return (
    <section
      aria-labelledby="dead-end-heading"
      className="mx-auto mt-4 flex max-w-xl flex-col items-center rounded-xl border bg-card px-6 py-10 text-center shadow-xs sm:mt-10 sm:px-10"
    >
      <span className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Icon aria-hidden className="size-6" />
      </span>
      <h1 id="dead-end-heading" className="mt-4 text-2xl font-semibold tracking-tight break-words">
        {title}
      </h1>
      <p className="mt-3 max-w-prose text-muted-foreground">{children}</p>
      <div className="mt-6 flex flex-col-reverse items-center gap-3 sm:flex-row">
        <Button asChild variant={actions ? "outline" : "default"}>
          <Link href="/monitors">
            <ArrowLeftIcon aria-hidden />
            Back to all monitors
          </Link>
        </Button>
        {actions}
      </div>
    </section>
  );
}
