"use client";

import { useSyncExternalStore, type ReactNode } from "react";

export type ToastVariant = "default" | "success" | "destructive";

export type ToastMessage = {
  id: number;
  title: ReactNode;
  description?: ReactNode;
  variant?: ToastVariant;
  isOpen: boolean;
};

type ToastInput = Omit<ToastMessage, "id" | "isOpen">;

// One toast at a time: a toast confirms the last thing done, and a queue of them would only lag behind.
const LIMIT = 1;
// How long a closed toast stays mounted so that Radix can play its exit.
const REMOVE_DELAY_MS = 1000;

let toasts: readonly ToastMessage[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: readonly ToastMessage[]): void {
  toasts = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Closes a toast (or all of them) and forgets it once its exit has played. */
export function dismissToast(id?: number): void {
  publish(toasts.map((item) => (id === undefined || item.id === id ? { ...item, isOpen: false } : item)));
  setTimeout(
    () => publish(toasts.filter((item) => item.isOpen || (id !== undefined && item.id !== id))),
    REMOVE_DELAY_MS,
  );
}

/**
 * Shows a short confirmation; `<Toaster/>` (mounted once in the console layout) renders it. A toast
 * only confirms what the page already shows: errors stay beside what failed.
 */
export function toast(input: ToastInput): { id: number; dismiss: () => void } {
  const id = nextId++;
  publish([{ ...input, id, isOpen: true }, ...toasts].slice(0, LIMIT));
  return { id, dismiss: () => dismissToast(id) };
}

const NO_TOASTS: readonly ToastMessage[] = [];

/** The toasts to render, for `<Toaster/>`. */
export function useToasts(): readonly ToastMessage[] {
  return useSyncExternalStore(
    subscribe,
    () => toasts,
    () => NO_TOASTS,
  );
}
