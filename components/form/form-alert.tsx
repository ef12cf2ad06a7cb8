"use client";

import { CircleAlertIcon, CircleCheckIcon } from "lucide-react";
import { useEffect, useRef, type ReactNode } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

const ALERTSITE_SAID = "AlertSite said: ";

/** One message in an alert: the console's plain words, and AlertSite's own text (shown under them) when there is one. */
export type AlertMessage = { text: string; alertSite?: string };

/**
 * Messages from lines of text (a sign-in error, a page's load problem): a line that starts with
 * "AlertSite said: " belongs under the line before it.
 */
export function alertMessagesFromLines(lines: readonly string[]): AlertMessage[] {
  const messages: AlertMessage[] = [];
  for (const line of lines) {
    const previous = messages.at(-1);
    if (line.startsWith(ALERTSITE_SAID) && previous && previous.alertSite === undefined) {
      previous.alertSite = line.slice(ALERTSITE_SAID.length);
    } else if (line.trim() !== "") {
      messages.push({ text: line });
    }
  }
  return messages;
}

type FormAlertProps = {
  title: string;
  messages?: readonly (string | AlertMessage)[];
  tone?: "error" | "success";
  children?: ReactNode;
};

/** The one alert above a form. It takes focus when it appears so keyboard and screen-reader users land on it. */
export function FormAlert({ title, messages = [], tone = "error", children }: FormAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [title, messages]);
  const items = messages.map((message): AlertMessage => (typeof message === "string" ? { text: message } : message));
  const isError = tone === "error";
  return (
    <Alert
      ref={ref}
      role={isError ? "alert" : "status"}
      tabIndex={-1}
      variant={isError ? "destructive" : "success"}
      className="focus-visible:outline-offset-4"
    >
      {isError ? <CircleAlertIcon aria-hidden /> : <CircleCheckIcon aria-hidden />}
      <AlertTitle>{title}</AlertTitle>
      {items.length > 0 || children ? (
        <AlertDescription>
          {items.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5">
              {items.map((item, index) => (
                <li key={`${index}-${item.text}`}>
                  {item.text}
                  {item.alertSite === undefined ? null : (
                    <span className="mt-0.5 block text-muted-foreground">
                      {ALERTSITE_SAID}
                      {item.alertSite}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          {children ? <div className="mt-2 w-full">{children}</div> : null}
        </AlertDescription>
      ) : null}
    </Alert>
  );
}
