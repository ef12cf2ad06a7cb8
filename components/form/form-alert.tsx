"use client";

import { useEffect, useRef, type ReactNode } from "react";

type FormAlertProps = {
  title: string;
  messages?: readonly string[];
  tone?: "error" | "success";
  children?: ReactNode;
};

/** The one alert above a form. It takes focus when it appears so keyboard and screen-reader users land on it. */
export function FormAlert({ title, messages = [], tone = "error", children }: FormAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [title, messages]);
  const colours =
    tone === "error" ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900";
  return (
    <div
      ref={ref}
      role={tone === "error" ? "alert" : "status"}
      tabIndex={-1}
      className={`rounded-md border-l-4 p-4 ${colours}`}
    >
      <p className="font-semibold">{title}</p>
      {messages.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {messages.map((message, index) => (
            <li key={`${index}-${message}`}>{message}</li>
          ))}
        </ul>
      ) : null}
      {children ? <div className="mt-3">{children}</div> : null}
    </div>
  );
}
