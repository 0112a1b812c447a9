// Runs in each test worker before each test file (vitest.config.ts, setupFiles).
import { keepApertiumProcessesWarm } from "../modules/translation/engines/apertium-pipeline.js";

// Each test file builds runtimes of its own: their Apertium pipelines, dictionaries and spellers
// are started once per worker, not once per file (they end with the worker).
keepApertiumProcessesWarm();
