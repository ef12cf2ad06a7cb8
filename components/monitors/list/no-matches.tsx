import { SearchXIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { filteredKind, type StatusFilter } from "@/lib/monitors/list-view";
import { ListMessage } from "./list-message";

type NoMatchesProps = { query: string; status: StatusFilter; onClear: () => void };

function describeFilter(query: string, status: StatusFilter): string {
  const among = status === "all" ? "" : ` among ${filteredKind(2, status)}`;
  return query.trim() === ""
    ? `There are no ${filteredKind(2, status)}.`
    : `Nothing matches “${query.trim()}”${among}.`;
}

/** Monitors exist, but the search or filter hides them all. */
export function NoMatches({ query, status, onClear }: NoMatchesProps) {
  return (
    <ListMessage
      id="no-matches-heading"
      Icon={SearchXIcon}
      title="No monitors match"
      action={
        <Button variant="outline" onClick={onClear}>
          Clear search and filter
        </Button>
      }
    >
      <span className="break-words">{describeFilter(query, status)}</span> Check the spelling, or search by ID, test
      mailbox or server instead.
    </ListMessage>
  );
}
