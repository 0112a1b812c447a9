import { describeServerCrashTest } from "./server-crash.test-kit.js";

describeServerCrashTest("postgres");
