"use client";

import { useQuery } from "@tanstack/react-query";
import { EyeIcon } from "lucide-react";
import { createContext, type ReactNode, useContext, useMemo, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { monitorListQuery } from "@/lib/monitors/queries";
import { isViewOnlyList } from "@/lib/monitors/view-only";

type ViewOnly = {
  /** AlertSite has said this user may only view monitors; nothing is guessed. */
  isViewOnly: boolean;
  /** A save was just refused with 403: stop offering changes at once, not only after the next page load. */
  markViewOnly: () => void;
};

const ViewOnlyContext = createContext<ViewOnly>({ isViewOnly: false, markViewOnly: () => undefined });

export function useViewOnly(): ViewOnly {
  return useContext(ViewOnlyContext);
}

/** Reads the list from the cache the list itself fills; never fetches on its own. */
function useListSaysViewOnly(isWatching: boolean): boolean {
  const { data } = useQuery({ ...monitorListQuery(), enabled: false });
  return isWatching && data !== undefined && isViewOnlyList(data.monitors);
}

type ViewOnlyProviderProps = {
  /** The server knew already (the session's view-only cookie). */
  isKnown: boolean;
  /** Also take the sign from the monitor list this page shows. */
  watchList?: boolean;
  children: ReactNode;
};

export function ViewOnlyProvider({ isKnown, watchList = false, children }: ViewOnlyProviderProps) {
  const [isMarked, setIsMarked] = useState(false);
  const listSaysViewOnly = useListSaysViewOnly(watchList);
  const isViewOnly = isKnown || isMarked || listSaysViewOnly;
  const value = useMemo(() => ({ isViewOnly, markViewOnly: () => setIsMarked(true) }), [isViewOnly]);
  return <ViewOnlyContext value={value}>{children}</ViewOnlyContext>;
}

/** Its children only for users AlertSite lets change monitors (or when it has not said otherwise). */
export function HiddenWhenViewOnly({ children }: { children: ReactNode }) {
  return useViewOnly().isViewOnly ? null : children;
}

/** Said at the top of the list, create and edit pages once AlertSite has shown the user may only view. */
export function ViewOnlyNotice() {
  if (!useViewOnly().isViewOnly) return null;
  return (
    <Alert role="note" variant="warning" className="mb-6">
      <EyeIcon aria-hidden />
      <AlertTitle>Your AlertSite role can only view monitors.</AlertTitle>
      <AlertDescription>
        <p>
          AlertSite refuses creating or changing monitors for it, so this console offers neither. Only Admin, Co-Admin
          and Power User roles can: ask one of them, or an admin to change your role.
        </p>
      </AlertDescription>
    </Alert>
  );
}
