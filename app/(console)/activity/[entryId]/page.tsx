import { type Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { EntryDetails } from "@/components/history/entry-details";
import { HistoryUnavailable } from "@/components/history/history-unavailable";
import { RequestRejected } from "@/lib/api/server/request-rejected";
import { currentSession } from "@/lib/auth/session";
import { entryHref } from "@/lib/history/activity-view";
import { readEntry } from "@/lib/history/read-history";
import { signInPath } from "@/lib/safe-return-url";

type Params = Promise<{ entryId: string }>;

export const metadata: Metadata = { title: "Change" };

/** `/activity/{entryId}`: one change, whole, at an address that never changes. */
export default async function EntryPage({ params }: { params: Params }) {
  const { entryId } = await params;
  const session = await currentSession();
  if (!session) redirect(signInPath(entryHref(entryId)));
  const entry = await readEntry(entryId).catch((error: unknown) => {
    if (error instanceof RequestRejected) return error;
    throw error;
  });
  if (entry instanceof RequestRejected) return <HistoryUnavailable message={entry.message} />;
  if (!entry) notFound();
  return <EntryDetails entry={entry} />;
}
