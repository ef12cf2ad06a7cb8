"use client";

import { CheckIcon, ChevronsUpDownIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { comboboxSummary, type ComboboxOption } from "@/components/ui/combobox-summary";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { cn } from "@/lib/utils";

type ComboboxCommonProps = {
  options: readonly ComboboxOption[];
  /** Give the trigger an id and point a <Label htmlFor> at it for its accessible name. */
  id?: string;
  placeholder?: string;
  searchPlaceholder?: string;
  emptyText?: string;
  disabled?: boolean;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  className?: string;
};

type SingleProps = { multiple?: false; value: string | undefined; onValueChange: (value: string) => void };
type MultipleProps = { multiple: true; value: readonly string[]; onValueChange: (value: string[]) => void };

export type ComboboxProps = ComboboxCommonProps & (SingleProps | MultipleProps);

/**
 * A searchable choice among many (AlertSite locations, plans): a button that opens a filterable
 * list. With `multiple`, choosing toggles an option and the list stays open.
 */
export function Combobox({
  options,
  id,
  placeholder = "Choose…",
  searchPlaceholder = "Search…",
  emptyText = "Nothing matches.",
  disabled,
  className,
  ...props
}: ComboboxProps) {
  const [isOpen, setIsOpen] = useState(false);
  const selected: readonly string[] = props.multiple ? props.value : props.value === undefined ? [] : [props.value];

  function choose(value: string) {
    if (props.multiple) {
      props.onValueChange(
        props.value.includes(value) ? props.value.filter((chosen) => chosen !== value) : [...props.value, value],
      );
      return;
    }
    props.onValueChange(value);
    setIsOpen(false);
  }

  return (
    <Popover open={isOpen} onOpenChange={setIsOpen}>
      <PopoverTrigger asChild>
        <Button
          id={id}
          variant="outline"
          role="combobox"
          aria-expanded={isOpen}
          aria-invalid={props["aria-invalid"]}
          aria-describedby={props["aria-describedby"]}
          disabled={disabled}
          data-slot="combobox-trigger"
          className={cn(
            "w-full justify-between font-normal",
            selected.length === 0 && "text-muted-foreground",
            className,
          )}
        >
          <span className="truncate">{comboboxSummary(options, selected, placeholder)}</span>
          <ChevronsUpDownIcon className="text-muted-foreground" aria-hidden />
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-(--radix-popover-trigger-width) min-w-56 p-0" align="start">
        <Command>
          <CommandInput placeholder={searchPlaceholder} />
          <CommandList>
            <CommandEmpty>{emptyText}</CommandEmpty>
            <CommandGroup>
              {options.map((option) => {
                const isSelected = selected.includes(option.value);
                return (
                  <CommandItem
                    key={option.value}
                    value={option.value}
                    keywords={[option.label, ...(option.keywords ?? [])]}
                    onSelect={() => choose(option.value)}
                    // cmdk spends aria-selected on the highlighted option; the chosen ones are "checked".
                    aria-checked={isSelected}
                  >
                    <CheckIcon className={cn("text-foreground", !isSelected && "invisible")} aria-hidden />
                    {option.label}
                  </CommandItem>
                );
              })}
            </CommandGroup>
          </CommandList>
        </Command>
      </PopoverContent>
    </Popover>
  );
}

export { type ComboboxOption };
