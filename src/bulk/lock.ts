/**
 * bulk/lock: one run at a time per output folder. `extract` takes
 * DIR/.jixiao-lock (created exclusively, holding its pid) before anything
 * is read and removes it at the end; a second run on the same folder is
 * refused while the first is alive, and a lock left by a killed run is
 * taken over. Creating the lock is also the up-front check that the folder
 * is writable: a read-only folder is refused before any file is processed.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BulkError } from './errors.js'

/** Name of the lock file inside an output folder. */
export const LOCK_NAME = '.jixiao-lock'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes the output folder's lock.
 * @param outDir the output folder (exists)
 * @returns a function that releases the lock
 */
export function acquireLock(outDir: string): () => void {
  const path = join(outDir, LOCK_NAME)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' })
      return () => rmSync(path, { force: true })
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code !== 'EEXIST') throw new BulkError(`${outDir} is not writable (${code ?? (e as Error).message}): nothing was read`)
      let pid = NaN
      try {
        pid = Number.parseInt(readFileSync(path, 'utf8'), 10)
      } catch {
        // unreadable lock: treated as stale
      }
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new BulkError(`${outDir} is in use by another jixiao run (pid ${pid}); wait for it to end, or remove ${path} if no run is using it`)
      }
      rmSync(path, { force: true }) // left by a run that was killed
    }
  }
  throw new BulkError(`${outDir}: could not take the lock ${path}`)
}
