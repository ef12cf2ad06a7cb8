import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { type HealthReport, type LocationStatus } from "@/lib/monitors/health";
import { type MonitorStateView } from "@/lib/monitors/monitor-state";
import { CheckedAt } from "../state/checked-at";
import { StateBadge } from "../state/state-badge";
import { StatusCode } from "./status-code";

function LocationResult({ location }: { location: LocationStatus }) {
  const place = location.locationName ?? (location.locationId ? `Location ${location.locationId}` : "All locations");
  return (
    <li className="space-y-3 px-4 py-4">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 className="font-medium break-words">{place}</h3>
        <StateBadge state={location.state} />
        <span className="text-sm text-muted-foreground">
          <CheckedAt iso={location.checkedAt} />
          {location.responseSeconds !== null ? ` · took ${location.responseSeconds} s` : null}
        </span>
      </div>
      <StatusCode
        code={location.code}
        description={location.description}
        explanation={location.explanation}
        showFix={location.state === "failing"}
      />
    </li>
  );
}

function Summary({ view, report }: { view: MonitorStateView; report: HealthReport }) {
  if (view.state === "paused")
    return (
      <p className="text-sm">
        Monitoring is paused: AlertSite does not check this monitor until you resume it.
        {view.health?.locations.length ? " Its last results before the pause:" : ""}
      </p>
    );
  if (report.status === "unavailable")
    return (
      <p role="note" className="rounded-md border bg-muted/50 px-4 py-3 text-sm whitespace-pre-line">
        <span className="font-medium">Status unavailable.</span> {report.message}
      </p>
    );
  if (!view.health?.locations.length)
    return <p className="text-sm">AlertSite has no result for this monitor yet. Test now runs one.</p>;
  return null;
}

/** The state at each location: AlertSite's code and words beside the console's explanation and fix. */
export function MonitorStatus({ view, report }: { view: MonitorStateView; report: HealthReport }) {
  const locations = view.health?.locations ?? [];
  return (
    <Card role="region" aria-labelledby="status-heading">
      <CardHeader>
        <CardTitle>
          <h2 id="status-heading">Status by location</h2>
        </CardTitle>
        <CardDescription>The latest result AlertSite has from each location.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <Summary view={view} report={report} />
        {locations.length > 0 ? (
          <ul className="divide-y rounded-lg border">
            {locations.map((location, index) => (
              <LocationResult
                key={`${location.locationId ?? location.locationName ?? ""}-${index}`}
                location={location}
              />
            ))}
          </ul>
        ) : null}
      </CardContent>
    </Card>
  );
}
