import { Undo2Icon } from "lucide-react";
import Link from "next/link";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { entryHref } from "@/lib/history/activity-view";
import { actionSentence } from "@/lib/history/describe-entry";
import { type HistoryEntry } from "@/lib/history/entry";
import { PASSWORD_NOT_UNDOABLE, type UndoPlan } from "@/lib/history/undo";
import { EntryTime } from "./entry-time";

type UndoNoticeProps = { entry: HistoryEntry; plan: UndoPlan; hasNothingToSend: boolean };

/** Above the edit form opened by "Undo this change": what is being undone, and what has moved since. */
export function UndoNotice({ entry, plan, hasNothingToSend }: UndoNoticeProps) {
  return (
    <Alert role="status" variant={plan.changedSince.length > 0 ? "warning" : "default"}>
      <Undo2Icon aria-hidden />
      <AlertTitle>Undoing a change</AlertTitle>
      <AlertDescription>
        <p>
          {entry.actor} {actionSentence(entry)} <EntryTime iso={entry.at} /> (
          <Link href={entryHref(entry.id)} className="underline underline-offset-4">
            the change
          </Link>
          ).{" "}
          {hasNothingToSend
            ? "The monitor already has the values from before that change: there is nothing to undo."
            : "The form shows the monitor as it is now with the values from before that change put back. Check What Save will change, then save."}
        </p>
        {plan.changedSince.length > 0 ? (
          <div>
            <p className="font-medium">Changed again since then; Save will put back the older value anyway:</p>
            <ul className="list-disc pl-5">
              {plan.changedSince.map((change) => (
                <li key={change.field}>
                  {change.label} is now {change.now} (that change left it at {change.recorded})
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {plan.unreadable.length > 0 ? (
          <p>
            Not put back, because the history holds them in a form this console cannot use: {plan.unreadable.join(", ")}
            .
          </p>
        ) : null}
        {plan.keepsPassword ? <p>{PASSWORD_NOT_UNDOABLE} It stays as it is.</p> : null}
      </AlertDescription>
    </Alert>
  );
}

/** When an undo link cannot be followed: the entry is gone, belongs to another monitor, or was not a change that can be undone. */
export function UndoUnavailable({ message }: { message: string }) {
  return (
    <Alert role="status" variant="warning">
      <Undo2Icon aria-hidden />
      <AlertTitle>This change cannot be undone here</AlertTitle>
      <AlertDescription>
        <p>{message} The form shows the monitor as it is now.</p>
      </AlertDescription>
    </Alert>
  );
}
