/**
 * Shared by the benches: runs a command under /usr/bin/time and returns its
 * wall time, CPU time (user + system, every thread and child included) and
 * peak RSS; medians.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { existsSync } from 'node:fs'

export interface Timed {
  wall: number
  /** user + system seconds */
  cpu: number
  rssMb: number
  status: number | null
  stdout: string
  stderr: string
}

const TIME = '/usr/bin/time'
const MARK = 'JIXIAO-BENCH-TIME'

/** Whether CPU and RSS can be read (/usr/bin/time, Debian's `time` package). */
export const canTime = existsSync(TIME)

/**
 * Runs `cmd args` and measures it.
 * @param cmd program
 * @param args arguments
 * @param options spawn options (env, cwd)
 */
export function timed(cmd: string, args: string[], options: SpawnSyncOptions = {}): Timed {
  const started = process.hrtime.bigint()
  const r = canTime
    ? spawnSync(TIME, ['-f', `${MARK} %e %U %S %M`, cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...options })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options })
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  const stderr = String(r.stderr ?? '')
  const line = stderr.split('\n').find((l) => l.startsWith(MARK))
  const [, , user, sys, rss] = line ? line.split(' ') : []
  return {
    wall,
    cpu: line ? Number(user) + Number(sys) : NaN,
    rssMb: line ? Number(rss) / 1024 : NaN,
    status: r.status,
    stdout: String(r.stdout ?? ''),
    stderr: stderr.split('\n').filter((l) => !l.startsWith(MARK)).join('\n'),
  }
}

/** The median of some numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
