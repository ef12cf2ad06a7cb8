"use client";

import { ChevronsUpDownIcon } from "lucide-react";
import { type ComponentProps, useId, useRef, useState } from "react";
import { inputClassName } from "@/components/form/field";
import { type ComboboxOption } from "@/components/ui/combobox";
import { Popover, PopoverAnchor, PopoverContent } from "@/components/ui/popover";
import { cn } from "@/lib/utils";

type SuggestInputProps = Omit<ComponentProps<"input">, "value" | "onChange"> & {
  value: string;
  onValueChange: (value: string) => void;
  /** Choices offered as the user types; anything else may still be typed. */
  suggestions: readonly ComboboxOption[];
};

function matching(suggestions: readonly ComboboxOption[], value: string): readonly ComboboxOption[] {
  // A value that is already one of the choices shows them all, so the user can switch.
  if (suggestions.some((option) => option.value === value)) return suggestions;
  const query = value.trim().toLowerCase();
  if (query === "") return suggestions;
  return suggestions.filter((option) =>
    [option.value, option.label, ...(option.keywords ?? [])].some((text) => text.toLowerCase().includes(query)),
  );
}

/**
 * A text box with a list of suggestions (ARIA combobox with free entry): choose one of the account's
 * plans, or type another. It stays a real input, so portals and tests can fill it by name.
 */
export function SuggestInput({ value, onValueChange, suggestions, className, onKeyDown, ...props }: SuggestInputProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const anchorRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const shown = matching(suggestions, value);
  const isListShown = isOpen && shown.length > 0;
  const activeOption = isListShown ? shown[active] : undefined;

  function choose(option: ComboboxOption) {
    onValueChange(option.value);
    setIsOpen(false);
    setActive(-1);
  }

  return (
    <Popover open={isListShown} onOpenChange={setIsOpen}>
      <PopoverAnchor asChild>
        <div ref={anchorRef} className="relative">
          <input
            {...props}
            value={value}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={isListShown}
            aria-controls={isListShown ? listId : undefined}
            aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
            autoComplete="off"
            onChange={(event) => {
              onValueChange(event.target.value);
              setIsOpen(true);
              setActive(-1);
            }}
            onKeyDown={(event) => {
              if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                event.preventDefault();
                setIsOpen(true);
                const step = event.key === "ArrowDown" ? 1 : -1;
                setActive((index) => Math.max(0, Math.min(shown.length - 1, index + step)));
              } else if (event.key === "Enter" && activeOption) {
                event.preventDefault();
                choose(activeOption);
              } else if (event.key === "Escape" && isListShown) {
                event.preventDefault();
                setIsOpen(false);
              }
              onKeyDown?.(event);
            }}
            className={cn(inputClassName, suggestions.length > 0 && "pr-9", className)}
          />
          {suggestions.length > 0 ? (
            <button
              type="button"
              tabIndex={-1}
              aria-hidden
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => setIsOpen((open) => !open)}
              className="absolute inset-y-0 right-0 flex w-9 items-center justify-center text-muted-foreground hover:text-foreground"
            >
              <ChevronsUpDownIcon className="size-4" />
            </button>
          ) : null}
        </div>
      </PopoverAnchor>
      <PopoverContent
        align="start"
        className="max-h-64 w-(--radix-popover-trigger-width) min-w-56 overflow-y-auto p-1"
        onOpenAutoFocus={(event) => event.preventDefault()}
        onCloseAutoFocus={(event) => event.preventDefault()}
        onInteractOutside={(event) => {
          if (event.target instanceof Node && anchorRef.current?.contains(event.target)) event.preventDefault();
        }}
      >
        <ul id={listId} role="listbox" aria-label="Suggestions">
          {shown.map((option, index) => (
            <li
              key={option.value}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              className={cn(
                "cursor-default rounded-sm px-2 py-1.5 text-sm",
                index === active ? "bg-accent text-accent-foreground" : "hover:bg-accent/60",
                option.value === value && "font-medium",
              )}
            >
              {option.label}
            </li>
          ))}
        </ul>
      </PopoverContent>
    </Popover>
  );
}
