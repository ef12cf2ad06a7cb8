import { bulkQuerySuite } from "./testing/bulk-query-suite";

// On embedded PGlite, in memory (vitest.config.mts sets PGLITE_DATA_DIR=memory).
bulkQuerySuite();
