import { type Outcome, outcomeOf } from "./health-rules";
import type { MonitorRecord } from "./monitor-record";

// Tests on demand (`GET /tests?monitor_id=`, `GET /tests/{id}`): a test runs for a few seconds
// ("Test In Progress"), then ends by the same rules as the status report (health-rules.ts).

export const TEST_RUN_MS = 3000;
const FIRST_TEST_ID = 500001;
/** Runs kept, newest first out of the way last: old ones answer "not found" like AlertSite's expired tests. */
const KEPT_RUNS = 1000;

type TestRun = { monitorId: number; startedAt: number; outcome: Outcome };

export type TestProgressBody = {
  progress: 0 | 1 | 2 | 3;
  progress_desc: string;
  status: number;
  status_desc: string;
};

export class TestRuns {
  private readonly runs = new Map<string, TestRun>();
  private nextId = FIRST_TEST_ID;

  constructor(private readonly now: () => number) {}

  /** Starts a test of `monitor` (its outcome decided now, by its settings now); its id. */
  start(monitor: MonitorRecord): string {
    const id = String(this.nextId++);
    this.runs.set(id, { monitorId: monitor.id, startedAt: this.now(), outcome: outcomeOf(monitor) });
    if (this.runs.size > KEPT_RUNS) {
      const oldest = this.runs.keys().next().value;
      if (oldest !== undefined) this.runs.delete(oldest);
    }
    return id;
  }

  progress(id: string): TestProgressBody {
    const run = this.runs.get(id);
    if (!run) return { progress: 0, progress_desc: "Test not found", status: -1, status_desc: "" };
    if (this.now() - run.startedAt < TEST_RUN_MS) {
      return { progress: 1, progress_desc: "Test In Progress", status: -1, status_desc: "" };
    }
    const hasPassed = run.outcome.code === 0;
    return {
      progress: hasPassed ? 2 : 3,
      progress_desc: "Test Completed",
      status: run.outcome.code,
      status_desc: run.outcome.description,
    };
  }
}
