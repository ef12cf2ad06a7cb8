import { LoaderCircleIcon } from "lucide-react";
import { type ReactNode } from "react";
import { Button } from "@/components/ui/button";

type SubmitButtonProps = {
  isPending: boolean;
  pendingLabel: string;
  children: ReactNode;
  disabled?: boolean;
};

export function SubmitButton({ isPending, pendingLabel, children, disabled }: SubmitButtonProps) {
  return (
    <Button
      type="submit"
      size="lg"
      disabled={isPending || disabled}
      aria-busy={isPending || undefined}
      // Keeps focus in the field being edited until the click lands: otherwise its blur validation
      // can insert an error message that pushes this button away from under the pointer.
      onMouseDown={(event) => event.preventDefault()}
      // A pending button stays fully visible: it says what is happening.
      className="disabled:opacity-80"
    >
      {isPending ? (
        <>
          <LoaderCircleIcon aria-hidden className="animate-spin" />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </Button>
  );
}
