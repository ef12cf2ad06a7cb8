import { InfoIcon } from "lucide-react";

/** Quietly says the states could not be read this time; the list itself is still right. */
export function HealthUnavailableNotice({ message }: { message: string }) {
  return (
    <div role="note" className="flex items-start gap-2 rounded-md border bg-muted/50 px-4 py-3 text-sm">
      <InfoIcon aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      <p>
        <span className="font-medium">Status unavailable.</span>{" "}
        <span className="text-muted-foreground">{message}</span>{" "}
        <span className="text-muted-foreground">The monitors and their settings below are up to date.</span>
      </p>
    </div>
  );
}
