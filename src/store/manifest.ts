/**
 * write/manifest: DIR/manifest.json lists every input of a run with its
 * status — ok (a record exists), failed (with the reason), duplicate (same
 * content as another input), skipped (a file in a folder that jixiao does not
 * read: .doc, .docx, .html, …, with the reason) or pending (not processed: the
 * run was interrupted) — so that nothing is silently dropped. The manifest
 * names the jixiao version and grammar hash of the run; it is written last
 * (after every record and CSV), and `complete` is true in every manifest a
 * finished run writes (false only in manifests of older versions cut short). Entries are sorted by
 * path, so the file is the same whatever the number of workers.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { schemaIssues, writeFileAtomic, writeFilePrepared } from './record.js'
import { Producer } from '../model/report.js'
import { parse, safeParse } from '../model/validate.js'
import { producer } from '../version.js'
import { reportId } from '../pipeline/id.js'

/** The form of a record id (the first 16 hex digits of the content hash). */
export const RECORD_ID = /^[0-9a-f]{16}$/

/** What became of one input. */
export const EntryStatus = z.enum(['ok', 'failed', 'duplicate', 'skipped', 'pending'])
export type EntryStatus = z.infer<typeof EntryStatus>

/** One input of a run. */
export const ManifestEntry = z.strictObject({
  path: z.string(),
  status: EntryStatus,
  /** content hash; null when the file could not be read at all */
  sha256: z.string().nullable(),
  /** record id (reports/<id>.json) for ok and duplicate entries: 16 hex digits, never a path */
  id: z.string().regex(RECORD_ID, 'a record id is 16 lower-case hex digits').nullable(),
  /** failed: the diagnostics' messages; skipped: why the file is not read */
  reason: z.string().optional(),
  /** failed: the diagnostic codes (read/empty, read/timeout, …) */
  codes: z.array(z.string()).optional(),
  /** duplicate: the input whose record this one shares */
  duplicateOf: z.string().optional(),
})
export type ManifestEntry = z.infer<typeof ManifestEntry>

/** How many inputs have each status. */
export const Counts = z.strictObject({
  inputs: z.number().int(),
  ok: z.number().int(),
  failed: z.number().int(),
  duplicate: z.number().int(),
  /** absent in manifests written before skipped files were listed */
  skipped: z.number().int().default(0),
  pending: z.number().int(),
})
export type Counts = z.infer<typeof Counts>

/** DIR/manifest.json. */
export const Manifest = z.strictObject({
  manifestVersion: z.literal(1),
  /** --shard K/N of the run, null for a whole archive (or a merge) */
  shard: z.string().nullable(),
  /** true when the run was interrupted: pending entries were not processed */
  interrupted: z.boolean(),
  /** the jixiao version and grammar hash that wrote this manifest (absent in older ones) */
  producer: Producer.optional(),
  /** false while the run is still writing records and CSVs; true once all were written */
  complete: z.boolean().optional(),
  counts: Counts,
  inputs: z.array(ManifestEntry),
})
export type Manifest = z.infer<typeof Manifest>

/** Path of the manifest in an output folder. */
export function manifestPath(outDir: string): string {
  return join(outDir, 'manifest.json')
}

/** Compares paths by code unit: the same order on every machine and locale. */
export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}

/** Counts entries by status. */
export function countEntries(entries: readonly ManifestEntry[]): Counts {
  const counts: Counts = { inputs: entries.length, ok: 0, failed: 0, duplicate: 0, skipped: 0, pending: 0 }
  for (const e of entries) counts[e.status]++
  return counts
}

/**
 * Builds a manifest from entries (sorted here).
 * @param entries one per input
 * @param shard the shard spec, or null
 * @param interrupted whether the run stopped early
 * @param complete whether every record and CSV is written (see writeManifest's callers)
 */
export function buildManifest(entries: ManifestEntry[], shard: string | null, interrupted: boolean, complete = true): Manifest {
  const inputs = [...entries].sort(byPath)
  return { manifestVersion: 1, shard, interrupted, producer: producer(), complete, counts: countEntries(inputs), inputs }
}

/** Ids of every record a manifest accounts for (ok, and pending ones whose record may exist). */
export function knownIds(manifest: Manifest): Set<string> {
  return new Set(manifest.inputs.flatMap((e) => (e.id !== null ? [e.id] : e.sha256 !== null ? [reportId(e.sha256)] : [])))
}

/** Writes DIR/manifest.json atomically. */
export function writeManifest(outDir: string, manifest: Manifest): void {
  writeFileAtomic(manifestPath(outDir), JSON.stringify(parse(Manifest, manifest), null, 2) + '\n')
}

/**
 * Writes DIR/manifest.json under a temporary name; `commit` moves it into
 * place. A run writes its manifest last: the data first, then this file, so
 * the manifest on disk always describes files that are complete.
 */
export function prepareManifest(outDir: string, manifest: Manifest): { commit: () => void; abort: () => void } {
  return writeFilePrepared(manifestPath(outDir), JSON.stringify(parse(Manifest, manifest), null, 2) + '\n')
}

/** Reads and validates DIR/manifest.json; throws with the path when absent or invalid. */
export function readManifest(outDir: string): Manifest {
  const path = manifestPath(outDir)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new Error(code === 'ENOENT' ? `${outDir} has no manifest.json (not a jixiao output folder)` : `${path} cannot be read: ${(e as Error).message}`)
  }
  const parsed = safeParse(Manifest, raw)
  if (!parsed.success) throw new Error(`${path} is not a valid jixiao manifest: ${schemaIssues(parsed.error.issues, 1)}`)
  return parsed.data
}

/** Ids of the records a manifest points at (ok entries), in path order. */
export function okIds(manifest: Manifest): string[] {
  return manifest.inputs.filter((e) => e.status === 'ok' && e.id !== null).map((e) => e.id!)
}
