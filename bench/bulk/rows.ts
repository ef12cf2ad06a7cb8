import { figure, measuredOr, ms, notMeasured, type Row } from "../report/rows";
import { type Outcome } from "../lib/outcome";
import { type BulkFigures } from "./run-bulk";

export function bulkRows(bulk: Outcome<BulkFigures> | undefined): Row[] {
  const name = "bulk pause of 1,000 monitors (sandbox), default BULK_CONCURRENCY: wall time";
  if (!bulk?.ok) return notMeasured(name, bulk);
  return [
    figure(
      name,
      measuredOr(
        bulk,
        (value) =>
          `${(value.wallMs / 1000).toFixed(1)} s (${((value.monitors * 1000) / value.wallMs).toFixed(0)} monitors/s; ` +
          `${value.done} done, ${value.failed} not; started in ${ms(value.startMs, 0)} ms)`,
      ),
    ),
    figure(
      `bulk pause: changes in flight at the sandbox (max / time-weighted mean), concurrency ${bulk.value.concurrency}`,
      `${bulk.value.inFlight.max} / ${bulk.value.inFlight.mean.toFixed(2)} (${bulk.value.inFlight.changes} changes in ${(bulk.value.inFlight.spanMs / 1000).toFixed(1)} s)`,
    ),
    figure(
      "bulk pause: progress read (GET /api/bulk-actions/{id}, 1,000 items) p50 while it ran",
      `${ms(bulk.value.pollMedianMs, 0)} ms (${bulk.value.polls} reads, every 500 ms)`,
    ),
  ];
}
