"use client";

import { useEffect, useEffectEvent, useState } from "react";

const COMMIT_DELAY_MS = 300;

function isSameSearch(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

/**
 * What is typed in the search box. It is committed (to the URL) once typing pauses, so the box
 * answers every key at once while the URL is replaced only a few times.
 */
export function useSearchDraft(committed: string, commit: (query: string) => void) {
  const [draft, setDraft] = useState(committed);
  // The last committed value seen, and the last one committed from here: a change this hook did not
  // make (a link to plain /monitors) replaces the draft; late echoes of its own commits don't.
  const [seen, setSeen] = useState(committed);
  const [written, setWritten] = useState(committed);
  if (committed !== seen) {
    setSeen(committed);
    if (!isSameSearch(committed, written)) {
      setDraft(committed);
      setWritten(committed);
    }
  }

  const commitDraft = useEffectEvent((query: string) => {
    setWritten(query);
    commit(query);
  });

  useEffect(() => {
    if (isSameSearch(draft, committed)) return;
    const timer = setTimeout(() => commitDraft(draft), COMMIT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, committed]);

  /**
   * Commits what is typed now (Enter, or focus leaving the box). Leaving matters: a timer firing
   * after a click on a link would navigate back to the list.
   */
  function flush() {
    if (isSameSearch(draft, committed)) return;
    setWritten(draft);
    commit(draft);
  }

  /** Sets the box to `query` that the caller commits itself in the same event (a Clear button). */
  function replaceDraft(query: string) {
    setDraft(query);
    setWritten(query);
  }

  return { draft, setDraft, flush, replaceDraft };
}
