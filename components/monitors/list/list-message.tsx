import { type LucideIcon } from "lucide-react";
import { type ReactNode } from "react";

type ListMessageProps = { id: string; Icon: LucideIcon; title: string; children: ReactNode; action: ReactNode };

/** In place of the list when there is nothing to show: why, and the one thing to do next. */
export function ListMessage({ id, Icon, title, children, action }: ListMessageProps) {
  return (
    <section
      aria-labelledby={id}
      className="flex flex-col items-center rounded-lg border border-dashed bg-card px-6 py-12 text-center"
    >
      <span className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Icon aria-hidden className="size-6" />
      </span>
      <h2 id={id} className="mt-4 text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-2 max-w-prose text-muted-foreground">{children}</p>
      <div className="mt-6">{action}</div>
    </section>
  );
}
