import { choicesFromMonitors } from "../choices";
import { type UpstreamMonitor } from "../upstream";
import { EXPORT_CONTENT_TYPES, exportFile, exportFileName } from "./export-file";
import { exportRecord, monitorsToExport } from "./export-records";
import { type ExportRequest } from "./export-request";

export type ExportedFile = { fileName: string; contentType: string; body: string; count: number };

/** The file for an export request, from the account's monitors (names come from all of them). */
export function exportMonitors(monitors: readonly UpstreamMonitor[], request: ExportRequest, now: Date): ExportedFile {
  const choices = choicesFromMonitors(monitors);
  const records = monitorsToExport(monitors, request.monitorIds).map((monitor) => exportRecord(monitor, choices));
  return {
    fileName: exportFileName(request.format, now),
    contentType: EXPORT_CONTENT_TYPES[request.format],
    body: exportFile(request.format, records),
    count: records.length,
  };
}
