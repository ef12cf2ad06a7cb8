import { MailPlusIcon, PlusIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ListMessage } from "./list-message";

/** The account has no round-trip monitors at all. */
export function ListEmpty() {
  return (
    <ListMessage
      id="list-empty-heading"
      Icon={MailPlusIcon}
      title="No monitors yet"
      action={
        <Button asChild>
          <Link href="/monitors/new">
            <PlusIcon aria-hidden />
            Create your first monitor
          </Link>
        </Button>
      }
    >
      This account has no round-trip email monitors. Create one to check that mail sent to a mailbox arrives.
    </ListMessage>
  );
}
