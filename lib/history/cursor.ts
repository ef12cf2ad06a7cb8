import { z } from "zod";

// A page of history ends at an entry; the next page starts strictly after it, newest first. The
// cursor names that entry's time and id (ties in time are broken by id): `<ISO time>~<uuid>`.

const SEPARATOR = "~";
const timeSchema = z.iso.datetime({ offset: true });
const idSchema = z.uuid();

export type HistoryCursor = { at: Date; id: string };

export function encodeHistoryCursor({ at, id }: HistoryCursor): string {
  return `${at.toISOString()}${SEPARATOR}${id}`;
}

/** The position a cursor names, or undefined when it is not one this console made. */
export function decodeHistoryCursor(cursor: string): HistoryCursor | undefined {
  const [time, id, ...rest] = cursor.split(SEPARATOR);
  if (rest.length > 0 || !timeSchema.safeParse(time).success || !idSchema.safeParse(id).success) return undefined;
  if (time === undefined || id === undefined) return undefined;
  return { at: new Date(time), id };
}
