import { CircleAlertIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

/** A page of the history when its database did not answer: why, in plain words. */
export function HistoryUnavailable({ message }: { message: string }) {
  return (
    <Alert role="alert" variant="destructive">
      <CircleAlertIcon aria-hidden />
      <AlertTitle>The history could not be loaded</AlertTitle>
      <AlertDescription>
        <p>{message}</p>
      </AlertDescription>
    </Alert>
  );
}
