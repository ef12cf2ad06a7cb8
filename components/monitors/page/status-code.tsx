import { type StatusExplanation } from "@/lib/monitors/health";

type StatusCodeProps = {
  code: number | null;
  description: string | null;
  explanation: StatusExplanation | null;
  /** Whether to say what to check (failing results only). */
  showFix: boolean;
};

/** AlertSite's code and description, beside the console's plain words and the likely fix. */
export function StatusCode({ code, description, explanation, showFix }: StatusCodeProps) {
  const fix = showFix ? explanation?.fix : null;
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
      {showFix && explanation ? (
        <>
          <dt className="text-muted-foreground">What it means</dt>
          <dd className="break-words first-letter:uppercase">{explanation.reason}</dd>
        </>
      ) : null}
      {fix ? (
        <>
          <dt className="text-muted-foreground">What to check</dt>
          <dd className="break-words">{fix}</dd>
        </>
      ) : null}
      <dt className="text-muted-foreground">AlertSite said</dt>
      <dd className="break-words">
        {code === null ? "No status code" : <span className="font-mono tabular-nums">Status {code}</span>}
        {description ? <>: {description}</> : null}
      </dd>
    </dl>
  );
}
