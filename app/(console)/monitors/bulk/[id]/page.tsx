import { type Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { BulkActionProgress } from "@/components/monitors/bulk/bulk-action-progress";
import { currentSession } from "@/lib/auth/session";
import { bulkActionHref } from "@/lib/bulk/bulk-links";
import { signInPath } from "@/lib/safe-return-url";

export const metadata: Metadata = { title: "Bulk action" };

type Params = Promise<{ id: string }>;

/** `/monitors/bulk/{id}`: a stable address for one bulk action; a reload shows where it is and sends nothing. */
export default async function BulkActionPage({ params }: { params: Params }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const session = await currentSession();
  if (!session) redirect(signInPath(bulkActionHref(id)));
  return <BulkActionProgress id={id} />;
}
