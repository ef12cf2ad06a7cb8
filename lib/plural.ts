/** "1 minute", "3 minutes": the count and the word that fits it. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${pluralWord(count, one, many)}`;
}

/** Just the word that fits the count, for sentences that format the count themselves. */
export function pluralWord(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
