/**
 * bulk/thread-cpu: CPU time of the calling thread (user + system), for the
 * run's statistics (`JIXIAO_STATS`): the main thread and each worker report
 * their own, so a bench can tell which thread bounds a parallel run. Read
 * from Linux's /proc/thread-self/stat (clock ticks of 10 ms); null where
 * that file does not exist.
 */
import { readFileSync } from 'node:fs'

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100

/** CPU ms this thread has used so far, or null when the system does not say. */
export function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'latin1')
    // the fields after the command name (which may hold spaces) in parentheses
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_S : null
  } catch {
    return null
  }
}

/** Whether the run's statistics are wanted (JIXIAO_STATS set). */
export const statsWanted = (): boolean => Boolean(process.env.JIXIAO_STATS)
