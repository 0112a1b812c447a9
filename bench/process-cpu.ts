// CPU time of this process and of every process it started (Linux /proc): what a
// bench needs to tell "slower because it waits" from "slower because it works"
// on a machine whose cores are all busy.
import fs from "node:fs";

const TICKS_PER_SECOND = 100;

/** One process's line of /proc/<pid>/stat: its parent and its CPU seconds (own, and of children it waited for). */
function readStat(pid: string): { ppid: number; own: number; waited: number } | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The command name is in parentheses and may hold spaces: fields start after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const at = (index: number) => Number(fields[index] ?? 0) / TICKS_PER_SECOND;
  // Fields 4, 14-17 of proc(5), counted here from field 3 (state) at index 0.
  return { ppid: Number(fields[1]), own: at(11) + at(12), waited: at(13) + at(14) };
}

/**
 * CPU seconds so far: this process (Node's own work) and its processes (live
 * descendants, and the children that ended and were waited for, e.g. by
 * execFileSync). Subtract two readings to get an interval's.
 */
export function processCpu(): { node: number; children: number } {
  const stats = new Map<number, { ppid: number; own: number; waited: number }>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(entry);
    if (stat) stats.set(Number(entry), stat);
  }
  const descendsFromUs = (pid: number): boolean => {
    for (let parent = stats.get(pid)?.ppid; parent !== undefined && parent > 1;) {
      if (parent === process.pid) return true;
      parent = stats.get(parent)?.ppid;
    }
    return false;
  };
  let children = stats.get(process.pid)?.waited ?? 0;
  for (const [pid, stat] of stats) if (descendsFromUs(pid)) children += stat.own + stat.waited;
  const own = process.cpuUsage();
  return { node: (own.user + own.system) / 1e6, children };
}

/** The CPU seconds a run took, Node's and its processes'. */
export async function cpuOf(
  run: () => unknown,
): Promise<{ seconds: number; node: number; children: number }> {
  const before = processCpu();
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  const after = processCpu();
  return { seconds, node: after.node - before.node, children: after.children - before.children };
}
