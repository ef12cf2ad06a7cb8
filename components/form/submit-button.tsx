import { type ReactNode } from "react";

type SubmitButtonProps = {
  isPending: boolean;
  pendingLabel: string;
  children: ReactNode;
  disabled?: boolean;
};

export function SubmitButton({ isPending, pendingLabel, children, disabled }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      disabled={isPending || disabled}
      aria-busy={isPending || undefined}
      // Keeps focus in the field being edited until the click lands: otherwise its blur validation
      // can insert an error message that pushes this button away from under the pointer.
      onMouseDown={(event) => event.preventDefault()}
      className="inline-flex items-center gap-2 rounded-md bg-blue-700 px-4 py-2 font-semibold text-white shadow-sm hover:bg-blue-800 disabled:cursor-not-allowed disabled:bg-blue-700/70"
    >
      {isPending ? (
        <>
          <span
            aria-hidden="true"
            className="h-4 w-4 animate-spin rounded-full border-2 border-white border-t-transparent"
          />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
