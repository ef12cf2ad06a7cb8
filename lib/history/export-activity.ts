import "server-only";
import { type ActivityView } from "./activity-view";
import { csvEntryRow, csvHeader } from "./csv";
import { MAX_HISTORY_PAGE_SIZE } from "./entry";
import { readActivityPage } from "./read-history";

/**
 * Every entry a view's filters match, as CSV, read a page at a time while the download runs. The
 * first page is read before the answer starts, so a database that does not answer is a plain 503,
 * not a broken download.
 */
export async function activityCsvStream(view: ActivityView): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const first = await readActivityPage({ ...view, cursor: "" }, MAX_HISTORY_PAGE_SIZE);
  let page: { entries: typeof first.entries; nextCursor: string | null } | undefined = first;
  let isHeaderSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!isHeaderSent) {
          isHeaderSent = true;
          // A byte order mark, so spreadsheets read the file as UTF-8.
          controller.enqueue(encoder.encode(`\uFEFF${csvHeader()}`));
        }
        if (!page) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(page.entries.map(csvEntryRow).join("")));
        page = page.nextCursor
          ? await readActivityPage({ ...view, cursor: page.nextCursor }, MAX_HISTORY_PAGE_SIZE)
          : undefined;
      } catch (error) {
        controller.error(error);
      }
    },
  });
}
