import { CircleCheckIcon } from "lucide-react";
import Link from "next/link";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { type ResolvedAfter } from "@/lib/api/envelope";
import { DEFAULT_LIST_VIEW } from "@/lib/monitors/list-view";
import { listViewHref } from "@/lib/monitors/list-view-url";

const WHAT_WENT_WRONG: Record<ResolvedAfter, string> = {
  timeout: "AlertSite took longer to answer than the console waits",
  "connection-lost": "The connection to AlertSite broke before its answer arrived",
  "gateway-error": "A server between the console and AlertSite answered with an error",
  "unreadable-answer": "The console could not read AlertSite's answer",
};

type ResolvedNoteProps =
  | { resolvedAfter: ResolvedAfter; kind: "created"; id: string; name: string }
  | { resolvedAfter: ResolvedAfter; kind: "saved" };

/** Beside a success the console had to check for itself: what went wrong, and that it looked. */
export function ResolvedNote(props: ResolvedNoteProps) {
  const reason = WHAT_WENT_WRONG[props.resolvedAfter];
  if (props.kind === "saved") {
    return <p className="text-sm">{reason}, so the console read the monitor again: your change was saved.</p>;
  }
  return (
    <Alert variant="success" className="mb-4">
      <CircleCheckIcon aria-hidden />
      <AlertDescription>
        <p>
          {reason}, so the console looked in your AlertSite account: it was created, as monitor {props.id}.{" "}
          <Link
            href={listViewHref({ ...DEFAULT_LIST_VIEW, q: props.name })}
            className="font-medium text-primary underline underline-offset-4"
          >
            Open the list filtered to it
          </Link>
        </p>
      </AlertDescription>
    </Alert>
  );
}
