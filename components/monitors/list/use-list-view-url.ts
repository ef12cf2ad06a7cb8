"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useLayoutEffect, useMemo, useOptimistic, useRef, useTransition } from "react";
import { type ListView } from "@/lib/monitors/list-view";
import { listViewHref, parseListView } from "@/lib/monitors/list-view-url";

/**
 * The list's view, kept in the URL. A change shows at once (optimistically) and replaces the URL
 * without a new history entry; the URL catches up when the navigation ends.
 */
export function useListViewUrl() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const urlView = useMemo(() => parseListView(searchParams), [searchParams]);
  const [view, setOptimisticView] = useOptimistic(urlView);
  const [, startTransition] = useTransition();

  // `update` reads the latest view through a ref so that it keeps one identity: the memoised table
  // takes callbacks built on it and should not re-render on every keystroke.
  const viewRef = useRef(view);
  useLayoutEffect(() => {
    viewRef.current = view;
  }, [view]);

  const update = useCallback(
    (changes: Partial<ListView>) => {
      const next = { ...viewRef.current, ...changes };
      viewRef.current = next;
      startTransition(() => {
        setOptimisticView(next);
        router.replace(listViewHref(next, pathname), { scroll: false });
      });
    },
    [pathname, router, setOptimisticView],
  );

  return { view, update };
}
