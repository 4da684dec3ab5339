// Builds dist/ when it is stale (see built.mjs); for the benches and tests that run dist/main.js.
import { buildIfStale } from './built.mjs';

process.exit(buildIfStale());
