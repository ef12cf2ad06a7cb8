import { accountDefaults } from "./account";
import { generateMonitors } from "./generated-monitors";
import { applyChanges, buildRoundTrip } from "./monitor-changes";
import type { MonitorRecord, RoundTripRecord } from "./monitor-record";
import { loadState, saveState, type SavedState } from "./persistence";
import type { RoundTripChanges, RoundTripCreate } from "./round-trip-input";
import { FIRST_CREATED_ID, seedMonitors } from "./seed-monitors";

export type StoreOptions = {
  /** JSON file for user-made changes; null keeps everything in memory. */
  dataFile: string | null;
  /** Extra deterministic monitors, in memory only (never saved). */
  generatedMonitors: number;
};

/**
 * The account's monitors. Seeds and generated monitors are rebuilt at every start; what
 * users create, edit or delete (of the seeds and their own) is saved to the data file.
 */
export class MonitorStore {
  private readonly monitors = new Map<number, MonitorRecord>();
  private readonly generatedIds = new Set<number>();
  private readonly changedIds = new Set<number>();
  private readonly deletedSeedIds = new Set<number>();
  private readonly seedIds: ReadonlySet<number>;
  private sorted: MonitorRecord[] | undefined;
  private nextId = FIRST_CREATED_ID;
  private saving: Promise<void> = Promise.resolve();

  private constructor(private readonly dataFile: string | null) {
    const seeds = seedMonitors();
    this.seedIds = new Set(seeds.map((monitor) => monitor.id));
    for (const monitor of seeds) this.monitors.set(monitor.id, monitor);
  }

  static async open(options: StoreOptions): Promise<MonitorStore> {
    const store = new MonitorStore(options.dataFile);
    const saved = options.dataFile === null ? undefined : await loadState(options.dataFile);
    if (saved) store.restore(saved);
    store.addGenerated(options.generatedMonitors);
    return store;
  }

  /** Monitors in id order, optionally of one type. */
  list(type?: string): MonitorRecord[] {
    this.sorted ??= [...this.monitors.values()].sort((a, b) => a.id - b.id);
    return type === undefined ? this.sorted : this.sorted.filter((monitor) => monitor.type === type);
  }

  get(id: number): MonitorRecord | undefined {
    return this.monitors.get(id);
  }

  getRoundTrip(id: number): RoundTripRecord | undefined {
    const monitor = this.monitors.get(id);
    return monitor?.type === "email-round-trip" ? monitor : undefined;
  }

  async create(input: RoundTripCreate): Promise<RoundTripRecord> {
    const monitor = buildRoundTrip(this.allocateId(), input, accountDefaults());
    await this.put(monitor);
    return monitor;
  }

  async update(current: RoundTripRecord, changes: RoundTripChanges): Promise<RoundTripRecord> {
    const monitor = applyChanges(current, changes);
    await this.put(monitor);
    return monitor;
  }

  /** False when there was no such monitor. */
  async remove(id: number): Promise<boolean> {
    if (!this.monitors.delete(id)) return false;
    this.sorted = undefined;
    if (this.generatedIds.has(id)) return true;
    this.changedIds.delete(id);
    if (this.seedIds.has(id)) this.deletedSeedIds.add(id);
    await this.persist();
    return true;
  }

  /** Waits for pending writes of the data file (a failed write was already reported to its request). */
  async flush(): Promise<void> {
    await this.saving.catch(() => undefined);
  }

  private restore(saved: SavedState): void {
    for (const id of saved.deleted) {
      this.monitors.delete(id);
      this.deletedSeedIds.add(id);
    }
    for (const monitor of saved.upserted) {
      this.monitors.set(monitor.id, monitor);
      this.changedIds.add(monitor.id);
    }
    this.nextId = Math.max(saved.next_id, FIRST_CREATED_ID);
  }

  private addGenerated(count: number): void {
    for (const monitor of generateMonitors(count)) {
      if (this.monitors.has(monitor.id)) continue;
      this.monitors.set(monitor.id, monitor);
      this.generatedIds.add(monitor.id);
    }
  }

  private allocateId(): number {
    while (this.monitors.has(this.nextId)) this.nextId += 1;
    const id = this.nextId;
    this.nextId += 1;
    return id;
  }

  private async put(monitor: MonitorRecord): Promise<void> {
    this.sorted = undefined;
    this.monitors.set(monitor.id, monitor);
    if (this.generatedIds.has(monitor.id)) return;
    this.changedIds.add(monitor.id);
    await this.persist();
  }

  private snapshot(): SavedState {
    const upserted = [...this.changedIds]
      .map((id) => this.monitors.get(id))
      .filter((monitor) => monitor !== undefined)
      .sort((a, b) => a.id - b.id);
    return { version: 1, next_id: this.nextId, upserted, deleted: [...this.deletedSeedIds].sort((a, b) => a - b) };
  }

  /** Writes one after another, each with the state as it is when its turn comes. */
  private persist(): Promise<void> {
    const file = this.dataFile;
    if (file === null) return Promise.resolve();
    const write = this.saving.catch(() => undefined).then(() => saveState(file, this.snapshot()));
    this.saving = write;
    return write;
  }
}
