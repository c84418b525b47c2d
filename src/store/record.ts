/**
 * write/record: one JSON file per report, DIR/reports/<id>.json. The record is
 * validated against its zod schema, then written to a temporary file and
 * renamed into place, so a killed run never leaves a half-written record.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Report } from '../model/report.js'
import { safeParse } from '../model/validate.js'

/** Folder of the records inside an output folder. */
export function reportsDir(outDir: string): string {
  return join(outDir, 'reports')
}

/** Path of the record with this id. */
export function recordPath(outDir: string, id: string): string {
  return join(reportsDir(outDir), `${id}.json`)
}

const TMP_MARK = '.tmp-'

/** Zod issues on one line, each naming its field (`indicators.3.score.value: expected number, received number`). */
export function schemaIssues(issues: readonly { path: PropertyKey[]; message: string }[], most = 3): string {
  const shown = issues.slice(0, most).map((i) => `${i.path.map(String).join('.') || '(record)'}: ${i.message.split('\n')[0]}`)
  return shown.join('; ') + (issues.length > most ? `; and ${issues.length - most} more` : '')
}

/**
 * Validates a record and writes it atomically (temp file + rename).
 * Throws when the record does not satisfy its schema: that is a bug in jixiao.
 * @param outDir the output folder
 * @param report the record
 * @returns the path written
 */
export function writeRecord(outDir: string, report: Report): string {
  const parsed = safeParse(Report, report)
  if (!parsed.success) throw new Error(`record ${report.id} does not satisfy the report schema: ${schemaIssues(parsed.error.issues)}`)
  return writeFileAtomic(recordPath(outDir, report.id), JSON.stringify(parsed.data, null, 2) + '\n')
}

/**
 * Writes a file under a temporary sibling name; the returned function moves
 * it into place (a rename: no new data, so it does not fail on a full disk).
 * On a failed write the temporary file is removed and the error thrown.
 * @param path final path (its folder is created)
 * @param content text to write
 */
export function writeFilePrepared(path: string, content: string): { commit: () => void; abort: () => void } {
  const tmp = `${path}${TMP_MARK}${process.pid}-${Math.random().toString(36).slice(2, 8)}`
  try {
    try {
      writeFileSync(tmp, content)
    } catch (e) {
      // the folder is made on the first write into it, not checked on every write
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
      mkdirSync(join(path, '..'), { recursive: true })
      writeFileSync(tmp, content)
    }
  } catch (e) {
    rmSync(tmp, { force: true })
    throw e
  }
  return { commit: () => renameSync(tmp, path), abort: () => rmSync(tmp, { force: true }) }
}

/**
 * Writes a file through a temporary sibling and a rename.
 * @param path final path (its folder is created)
 * @param content text to write
 */
export function writeFileAtomic(path: string, content: string): string {
  const file = writeFilePrepared(path, content)
  try {
    file.commit()
  } catch (e) {
    file.abort()
    throw e
  }
  return path
}

/** Reads and validates a record; throws with the path when it is not a valid record. */
export function readRecord(path: string): Report {
  const parsed = Report.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.success) throw new Error(`${path} is not a valid jixiao record: ${schemaIssues(parsed.error.issues, 1)}`)
  return parsed.data
}

/** File names in the records folder of an output folder (none when it cannot be read). */
function recordFolderNames(outDir: string): string[] {
  try {
    return readdirSync(reportsDir(outDir))
  } catch {
    return []
  }
}

/** Ids of the records present in an output folder (an absent folder has none). */
export function listRecordIds(outDir: string): Set<string> {
  const ids = new Set<string>()
  for (const n of recordFolderNames(outDir)) if (n.endsWith('.json') && !n.includes(TMP_MARK)) ids.add(n.slice(0, -'.json'.length))
  return ids
}

/**
 * Removes temporary files a killed or failed run may have left: records,
 * CSVs and the manifest (the caller holds the folder's lock, so no other run
 * is writing them).
 */
export function removeStaleTemps(outDir: string): void {
  for (const n of recordFolderNames(outDir)) if (n.includes(TMP_MARK)) rmSync(join(reportsDir(outDir), n), { force: true })
  let top: string[] = []
  try {
    top = readdirSync(outDir)
  } catch {
    // no folder, no temps
  }
  for (const n of top) if (n.includes(TMP_MARK) && /\.(csv|json)\.tmp-/.test(n)) rmSync(join(outDir, n), { force: true })
}

/**
 * Ids of the records on disk that can be read back (--resume). A record
 * that is truncated or not JSON (a killed copy, a bad sync) is removed, so
 * its input is read again; each one is reported through `damaged`.
 */
export function listReadableRecordIds(outDir: string, damaged: (path: string, reason: string) => void): Set<string> {
  const ids = new Set<string>()
  for (const id of listRecordIds(outDir)) {
    const path = recordPath(outDir, id)
    let reason: string | null = null
    try {
      const r = JSON.parse(readFileSync(path, 'utf8')) as { id?: unknown }
      if (!r || typeof r !== 'object' || r.id !== id) reason = 'its id does not match its name'
    } catch (e) {
      reason = (e as Error).message.split('\n')[0] ?? 'unreadable'
    }
    if (reason === null) ids.add(id)
    else {
      damaged(path, reason)
      rmSync(path, { force: true })
    }
  }
  return ids
}

/** A record file name: the 16 lower-case hex digits of reportId, then .json. */
function isRecordName(name: string): boolean {
  if (name.length !== 21 || !name.endsWith('.json')) return false
  for (const ch of name.slice(0, 16)) if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) return false
  return true
}

/**
 * Removes the records (files named like `<id>.json`, nothing else) that are not in `keep`:
 * left by an earlier run whose inputs this run did not have.
 * @returns the ids removed
 */
export function removeOrphans(outDir: string, keep: ReadonlySet<string>): string[] {
  const removed: string[] = []
  for (const n of recordFolderNames(outDir)) {
    if (!isRecordName(n) || keep.has(n.slice(0, 16))) continue
    rmSync(join(reportsDir(outDir), n), { force: true })
    removed.push(n.slice(0, 16))
  }
  return removed
}

/**
 * The producer stamp of a record file, read from its first kilobyte (writeRecord puts
 * `producer` right after `schemaVersion`); null when absent or unreadable.
 */
export function readProducer(path: string): { version: string; grammarHash: string } | null {
  let head: string
  try {
    const fd = openSync(path, 'r')
    try {
      const buf = Buffer.alloc(1024)
      head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8')
    } finally {
      closeSync(fd)
    }
  } catch {
    return null
  }
  const start = head.indexOf('"producer": {')
  const end = start < 0 ? -1 : head.indexOf('}', start)
  if (end < 0) return null
  try {
    const p = JSON.parse(head.slice(start + '"producer": '.length, end + 1)) as { version?: unknown; grammarHash?: unknown }
    return typeof p.version === 'string' && typeof p.grammarHash === 'string' ? { version: p.version, grammarHash: p.grammarHash } : null
  } catch {
    return null
  }
}
