import { type ListFigures } from "../list/run-list";
import { type Outcome } from "../lib/outcome";
import { type OverheadResults } from "../overhead/run-overhead";
import { type PageFigures } from "../pages/run-pages";

/** Everything one `npm run bench` measured; what was not run is absent, what failed says why. */
export type BenchResults = {
  startedAt: string;
  seconds: number;
  machine: { cpus: number; node: string; loadAverageAtStart: number[] };
  build: Outcome<{ seconds: number }> | "skipped";
  /** Wall-clock seconds per phase (build, overhead, pages, list). */
  phaseSeconds: Record<string, number>;
  overhead?: Outcome<OverheadResults>;
  pages?: Outcome<PageFigures[]>;
  list?: Outcome<ListFigures[]>;
};

export type TargetCheck = {
  target: string;
  /** The figure compared, already formatted. */
  figure: string;
  /** undefined: not measured. */
  isMet: boolean | undefined;
};
