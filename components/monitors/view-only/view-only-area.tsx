import { type ReactNode } from "react";
import { isViewOnlySession } from "@/lib/api/server/view-only-cookie";
import { ViewOnlyNotice, ViewOnlyProvider } from "./view-only-context";

/**
 * A page area that knows whether AlertSite has said this user may only view monitors: the notice
 * on top, and `useViewOnly()` for the actions below it to step aside.
 */
export async function ViewOnlyArea({ watchList = false, children }: { watchList?: boolean; children: ReactNode }) {
  const isKnown = await isViewOnlySession();
  return (
    <ViewOnlyProvider isKnown={isKnown} watchList={watchList}>
      <ViewOnlyNotice />
      {children}
    </ViewOnlyProvider>
  );
}
