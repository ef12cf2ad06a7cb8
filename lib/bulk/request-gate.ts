import { isAlertSiteError } from "@/lib/alertsite/errors";

// One per running bulk action: every AlertSite request of the action passes through it. A 429 from
// AlertSite pauses the whole action (no request starts until the wait is over), and a cancel lets no
// new request start; requests already sent finish.

/** Longest wait honoured from one Retry-After: beyond it the console asks again rather than sleep for hours. */
export const MAX_WAIT_SECONDS = 300;
/** Without Retry-After the waits double from 1 second up to this. */
export const BACKOFF_CAP_SECONDS = 60;
/** Times one request is sent before its 429 is the item's answer. */
export const MAX_ATTEMPTS = 8;

export type WaitHooks = {
  /** AlertSite asked to slow down: the request is sent again after `seconds`. */
  onWaiting: (seconds: number) => Promise<void>;
  /** The wait is over and the request is sent again. */
  onResend: () => Promise<void>;
};

export type RequestGate = {
  readonly isCancelled: boolean;
  /** No new request starts after this; a wait in progress ends at once. */
  cancel(): void;
  /** Resolves once requests may start: no wait in progress, or the action was cancelled. */
  ready(): Promise<void>;
  /** Sends `call` when the gate is open, waiting out 429s (sent again at most MAX_ATTEMPTS times in all). */
  send<T>(call: () => Promise<T>, hooks: WaitHooks): Promise<T>;
};

export type GateOptions = {
  /** Milliseconds in a second of waiting: tests shrink it. */
  secondMs?: number;
  now?: () => number;
};

export function isRateLimited(error: unknown): boolean {
  return isAlertSiteError(error) && error.kind === "http" && error.status === 429;
}

export function createRequestGate({ secondMs = 1000, now = Date.now }: GateOptions = {}): RequestGate {
  let isCancelled = false;
  let pausedUntil = 0;
  let backoffSeconds = 0;
  const wakers = new Set<() => void>();

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      wakers.add(wake);
    });
  }

  async function ready(): Promise<void> {
    while (!isCancelled && pausedUntil > now()) await sleep(pausedUntil - now());
  }

  /** Pauses the gate for AlertSite's wait (or the next backoff step); returns the seconds from now. */
  function slowDown(retryAfterSeconds: number | undefined): number {
    let seconds: number;
    if (retryAfterSeconds === undefined) {
      backoffSeconds = backoffSeconds === 0 ? 1 : Math.min(BACKOFF_CAP_SECONDS, backoffSeconds * 2);
      seconds = backoffSeconds;
    } else {
      // "Retry-After: 0" from a server still refusing would make a busy loop.
      seconds = Math.min(MAX_WAIT_SECONDS, Math.max(1, retryAfterSeconds));
    }
    // Several requests in flight may all come back 429: the longest wait wins, they do not add up.
    const until = now() + seconds * secondMs;
    if (until >= pausedUntil) {
      pausedUntil = until;
      return seconds;
    }
    return Math.ceil((pausedUntil - now()) / secondMs);
  }

  return {
    get isCancelled() {
      return isCancelled;
    },
    cancel() {
      isCancelled = true;
      for (const wake of [...wakers]) wake();
    },
    ready,
    async send<T>(call: () => Promise<T>, hooks: WaitHooks): Promise<T> {
      for (let attempt = 1; ; attempt += 1) {
        await ready();
        try {
          const result = await call();
          backoffSeconds = 0;
          return result;
        } catch (error) {
          if (!isRateLimited(error) || attempt >= MAX_ATTEMPTS || isCancelled) throw error;
          await hooks.onWaiting(slowDown(isAlertSiteError(error) ? error.retryAfterSeconds : undefined));
          await ready();
          // Cancelled while waiting: AlertSite's 429 is this request's last answer.
          if (isCancelled) throw error;
          await hooks.onResend();
        }
      }
    },
  };
}
