"use client";

import { useEffect, useRef } from "react";

export const UNSAVED_CHANGES_QUESTION = "You have changes that are not saved. Leave this page and lose them?";

/**
 * Asks before unsaved edits are lost: closing or reloading the tab (beforeunload), following a link
 * (a click captured before Next's router sees it), and the back button (a duplicate history entry
 * that absorbs the first Back while there are unsaved edits).
 */
export function useUnsavedChangesGuard(hasUnsavedChanges: boolean): void {
  // One duplicate entry is enough for the page's life, however often the form becomes dirty again.
  const hasGuardEntry = useRef(false);
  useEffect(() => {
    if (!hasUnsavedChanges) return;

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };

    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === "_blank" || anchor.hasAttribute("download"))
        return;
      const destination = new URL(anchor.href, window.location.href);
      const isSamePage =
        destination.pathname === window.location.pathname && destination.search === window.location.search;
      if (isSamePage) return;
      if (!window.confirm(UNSAVED_CHANGES_QUESTION)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };

    // The duplicate entry keeps the router's state, so a Back that lands on it changes nothing visible.
    if (!hasGuardEntry.current) {
      window.history.pushState(window.history.state, "", window.location.href);
      hasGuardEntry.current = true;
    }
    let isLeaving = false;
    const onPopState = () => {
      if (isLeaving) return;
      hasGuardEntry.current = false;
      if (window.confirm(UNSAVED_CHANGES_QUESTION)) {
        isLeaving = true;
        window.history.back();
      } else {
        window.history.pushState(window.history.state, "", window.location.href);
        hasGuardEntry.current = true;
      }
    };

    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onPopState);
    };
  }, [hasUnsavedChanges]);
}
