import { type ReactNode } from "react";
import { FormOutline } from "./form-outline";

type MonitorFormLayoutProps = {
  /** Notices above the form: saved, refused, ... */
  notices?: ReactNode;
  /** Beside the outline on wide screens, after the fields on phones (the edit page's change summary). */
  aside?: ReactNode;
  /** A short line at the start of the action bar. */
  status?: ReactNode;
  /** Cancel, Create / Save: always within reach in the sticky bar. */
  actions: ReactNode;
  children: ReactNode;
};

/**
 * The create and edit forms' shared layout: an outline of the sections to jump between on wide
 * screens, one column on phones, and the actions in a bar that stays at the bottom of the screen.
 */
export function MonitorFormLayout({ notices, aside, status, actions, children }: MonitorFormLayoutProps) {
  return (
    <>
      {notices ? <div className="space-y-4">{notices}</div> : null}
      <div className="grid gap-6 lg:grid-cols-[13rem_minmax(0,1fr)]">
        <div className="min-w-0 lg:col-start-2 lg:row-start-1">{children}</div>
        <aside aria-label="About this form" className="lg:col-start-1 lg:row-start-1">
          <div className="space-y-6 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
            <div className="hidden lg:block">
              <FormOutline />
            </div>
            {aside}
          </div>
        </aside>
      </div>
      <div className="sticky bottom-0 z-20 -mx-4 mt-2 border-t bg-background/95 px-4 py-3 backdrop-blur-sm">
        <div className="flex flex-wrap items-center justify-end gap-x-4 gap-y-2">
          {status ? (
            <div className="mr-auto hidden min-w-0 text-sm text-muted-foreground sm:block">{status}</div>
          ) : null}
          <div className="flex items-center gap-2">{actions}</div>
        </div>
      </div>
    </>
  );
}
