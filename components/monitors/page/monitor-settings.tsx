import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { valueLookupFromUpstream } from "@/lib/monitors/changes";
import { type MonitorFieldName } from "@/lib/monitors/field-names";
import { FIELD_GROUPS, fieldLabel, fieldsInGroup, formatFieldValue } from "@/lib/monitors/fields";
import { type UpstreamMonitor } from "@/lib/monitors/upstream";

/** Never shown: AlertSite keeps the mailbox password and never returns it. */
const HIDDEN_FIELDS: ReadonlySet<MonitorFieldName> = new Set(["email_password"]);

/** The monitor's settings in plain words, in the edit form's sections and with its labels. */
export function MonitorSettings({ monitor }: { monitor: UpstreamMonitor }) {
  const lookup = valueLookupFromUpstream(monitor);
  return (
    <Card role="region" aria-labelledby="settings-heading">
      <CardHeader>
        <CardTitle>
          <h2 id="settings-heading">Settings</h2>
        </CardTitle>
        <CardDescription>What AlertSite has for this monitor now. Edit changes them.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-6">
        {FIELD_GROUPS.map((group) => (
          <section key={group.id} aria-labelledby={`settings-${group.id}`} className="space-y-2">
            <h3 id={`settings-${group.id}`} className="text-sm font-semibold">
              {group.title}
            </h3>
            <dl className="divide-y rounded-lg border text-sm">
              {fieldsInGroup(group.id)
                .filter((field) => !HIDDEN_FIELDS.has(field))
                .map((field) => (
                  <div key={field} className="grid gap-1 px-3 py-2 sm:grid-cols-[14rem_1fr] sm:gap-4">
                    <dt className="text-muted-foreground">{fieldLabel(field)}</dt>
                    <dd className="min-w-0 break-words whitespace-pre-line">
                      {formatFieldValue(field, monitor[field], lookup)}
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </CardContent>
    </Card>
  );
}
