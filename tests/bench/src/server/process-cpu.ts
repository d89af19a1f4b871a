import fs from 'node:fs';

/** CPU milliseconds a process has used (Linux), or null where /proc cannot tell. */
export function cpuOf(pid: number): number | null {
  return processStat(pid)?.cpuMs ?? null;
}

/** A process's CPU milliseconds, of them in the kernel, and its minor page faults (Linux), or null. */
export function processStat(
  pid: number,
): { cpuMs: number; systemMs: number; minorFaults: number } | null {
  try {
    // Fields after the command's closing parenthesis: minflt is the 8th, utime and stime (in
    // clock ticks of 10 ms) the 12th and 13th.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const [user, system] = [Number(fields[11]) * 10, Number(fields[12]) * 10];
    return { cpuMs: user + system, systemMs: system, minorFaults: Number(fields[7]) };
  } catch {
    return null;
  }
}

/** CPU milliseconds used by every PostgreSQL process of this machine so far (Linux; 0 elsewhere). */
export function postgresCpu(): number {
  let total = 0;
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    total += cpuOf(Number(entry)) ?? 0;
  }
  return total;
}

/**
 * Milliseconds the machine's cores have been idle so far, summed over cores (Linux's /proc/stat,
 * idle and waiting for I/O; 0 elsewhere): over a stretch, how much of the two cores nothing used.
 */
export function idleCoreMs(): number {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
    // "cpu user nice system idle iowait …", in clock ticks of 10 ms.
    return (Number(fields[4]) + Number(fields[5])) * 10;
  } catch {
    return 0;
  }
}
