import { type FieldChange } from "@/lib/monitors/changes";

/** What Save will send, in the form's own words: old value → new value, field by field. */
export function ChangeSummary({ changes }: { changes: readonly FieldChange[] }) {
  return (
    <section
      aria-labelledby="change-summary-heading"
      aria-live="polite"
      className="rounded-xl border bg-card p-4 text-card-foreground shadow-xs"
    >
      <h2 id="change-summary-heading" className="text-sm font-semibold">
        What Save will change
      </h2>
      {changes.length === 0 ? (
        <p className="mt-2 text-sm text-muted-foreground">
          Nothing yet: every field still has the value AlertSite has now.
        </p>
      ) : (
        <dl className="mt-2 space-y-2 text-sm">
          {changes.map((change) => (
            <div key={change.field}>
              <dt className="font-medium">{change.label}</dt>
              <dd className="break-words text-muted-foreground">
                <span className="line-through">{change.before}</span>
                <span aria-hidden="true"> → </span>
                <span className="sr-only"> changes to </span>
                <span className="font-medium text-foreground">{change.after}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="mt-3 text-xs text-muted-foreground">
        Fields not listed here are not sent and stay as they are in AlertSite.
      </p>
    </section>
  );
}
