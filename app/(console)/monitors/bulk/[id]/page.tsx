import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { type Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { BulkActionProgress } from "@/components/monitors/bulk/bulk-action-progress";
import { RequestRejected } from "@/lib/api/server/request-rejected";
import { currentSession } from "@/lib/auth/session";
import { bulkActionKeys } from "@/lib/bulk/api-client";
import { readBulkAction } from "@/lib/bulk/bulk-actions";
import { bulkActionHref } from "@/lib/bulk/bulk-links";
import { getQueryClient } from "@/lib/query-client";
import { signInPath } from "@/lib/safe-return-url";

export const metadata: Metadata = { title: "Bulk action" };

type Params = Promise<{ id: string }>;

/** `/monitors/bulk/{id}`: a stable address for one bulk action; a reload shows where it is and sends nothing. */
export default async function BulkActionPage({ params }: { params: Params }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const session = await currentSession();
  if (!session) redirect(signInPath(bulkActionHref(id)));
  const action = await readBulkAction(session, id).catch((error: unknown) => {
    if (error instanceof RequestRejected && error.status === 404) return undefined;
    // Anything else (the history database unavailable): the page reads it again in the browser.
    if (error instanceof RequestRejected) return null;
    throw error;
  });
  if (action === undefined) notFound();
  const queryClient = getQueryClient();
  if (action) queryClient.setQueryData(bulkActionKeys.detail(id), action);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <BulkActionProgress id={id} />
    </HydrationBoundary>
  );
}
