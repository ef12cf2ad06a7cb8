export type ComboboxOption = {
  value: string;
  label: string;
  /** Other words a search should find this option by (a city's country, a plan's ID). */
  keywords?: readonly string[];
};

/**
 * What the closed combobox shows: the chosen labels, or the placeholder when nothing is chosen.
 * A value that is not among the options (a choice since withdrawn) still shows, as itself.
 */
export function comboboxSummary(
  options: readonly ComboboxOption[],
  selected: readonly string[],
  placeholder: string,
): string {
  const labels = selected.map((value) => options.find((option) => option.value === value)?.label ?? value);
  const [first, second] = labels;
  if (first === undefined) return placeholder;
  if (labels.length <= 2) return second === undefined ? first : `${first}, ${second}`;
  return `${first} and ${labels.length - 1} more`;
}
