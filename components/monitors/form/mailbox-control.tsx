"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useFormContext } from "react-hook-form";
import { FieldWarning } from "@/components/form/field";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { editMonitorHref } from "@/lib/monitors/list-view-url";
import { type MailboxOwner, mailboxOwners } from "@/lib/monitors/mailbox-owners";
import { monitorListQuery } from "@/lib/monitors/queries";
import { TextControl } from "./field-controls";

type MailboxControlProps = {
  /** The monitor being edited, which may of course use its own mailbox. */
  exceptId?: string;
  /** A copy of another monitor: its mailbox was left empty on purpose. */
  isCopy?: boolean;
};

const COPY_HELP =
  "Enter a new mailbox for the copy, e.g. roundtrip-2@example.com: each monitor needs a mailbox of its own, because the test deletes its message.";

/**
 * The test mailbox, checked when the user leaves the field against the account's monitors (already
 * loaded for the form's choices): another monitor on the same mailbox would take this one's mail.
 */
export function MailboxControl({ exceptId, isCopy = false }: MailboxControlProps) {
  const { getValues, setFocus } = useFormContext<MonitorFormValues>();
  const { data: monitors } = useQuery(monitorListQuery());
  const [owners, setOwners] = useState<MailboxOwner[]>([]);
  useEffect(() => {
    if (isCopy) setFocus("email");
  }, [isCopy, setFocus]);

  return (
    <TextControl
      name="email"
      type="email"
      inputMode="email"
      help={isCopy ? COPY_HELP : undefined}
      onBlur={() => setOwners(mailboxOwners(monitors?.monitors ?? [], getValues("email"), exceptId))}
      extra={
        <div aria-live="polite">
          {owners.length > 0 ? (
            <FieldWarning>
              {owners.length === 1 ? "Another monitor already uses this mailbox: " : "Other monitors already use it: "}
              {owners.map((owner, index) => (
                <span key={owner.id}>
                  {index > 0 ? ", " : null}
                  <Link href={editMonitorHref(owner.id)} className="font-medium underline underline-offset-2">
                    {owner.name} (ID {owner.id})
                  </Link>
                </span>
              ))}
              . The round-trip test deletes its message, so monitors sharing a mailbox take each other&apos;s mail. Use
              a mailbox of its own.
            </FieldWarning>
          ) : null}
        </div>
      }
    />
  );
}
