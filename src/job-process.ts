/**
 * A job process's entry: what `civitas serve` forks once per lane (see
 * job-processes.ts). It imports nothing heavy itself, so it listens for the
 * server's going away within moments of the fork, while the worker's modules
 * (the app, the translation runtime, every job) still load: a server killed
 * during start-up leaves no job process behind, even on a loaded machine
 * where those modules take many seconds to load (job processes run niced).
 * job-process-main.ts runs the lane once the server's `{ config, lane }`
 * arrives.
 */

// Types only: erased, so nothing loads before the listener below.
import type { JobProcessMessage } from "./job-process-main.js";

// The server went away while this process was still starting (killed, or its
// start-up failed): nothing runs yet, so it leaves at once. Once the worker
// runs, job-process-main.ts replaces this with a stop that lets the job finish.
const leaveIfOrphaned = () => process.exit(0);
process.once("disconnect", leaveIfOrphaned);
// Gone before this line ran: the channel's closing was seen with no one listening.
if (!process.connected) process.exit(0);

// Loaded at once, alongside the wait for the server's message.
const main = import("./job-process-main.js");

process.once("message", (message: unknown) => {
  main
    .then(({ runJobProcess }) => runJobProcess(message, leaveIfOrphaned))
    .catch((error: unknown) => {
      const text =
        error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
      const failed: JobProcessMessage = {
        type: "log",
        entry: {
          level: "error",
          message: "Job process failed to start",
          workerId: String(process.pid),
          error: text,
        },
      };
      if (process.connected) process.send?.(failed);
      process.exit(1);
    });
});
