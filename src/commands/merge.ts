/**
 * `jixiao merge OUT IN... [--no-bom]`: combines output folders (for example
 * the shards of one archive run on several machines) into one: the records
 * are copied, the manifests joined (duplicates across folders found again by
 * content hash) and the CSVs regenerated. OUT may already hold a merge: its
 * manifest is joined too. The CSVs are finished under temporary names and
 * moved into place with the manifest, last: a failed write (disk full)
 * keeps OUT's previous manifest and CSVs.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse, UsageError, UserError } from './args.js'
import { buildManifest, byPath, manifestPath, okIds, prepareManifest, readManifest, type Manifest, type ManifestEntry } from '../store/manifest.js'
import { readRecord, recordPath, reportsDir } from '../store/record.js'
import { CsvWriter, csvParts } from '../store/csv.js'
import { CsvWriteError } from '../store/csv-file.js'

/** `jixiao merge --help`. */
export const MERGE_HELP = `Usage: jixiao merge OUT IN... [options]

Combines output folders of 'jixiao extract' (e.g. --shard runs) into OUT:
records are copied, manifests joined, CSVs regenerated.

Options:
      --no-bom   write CSV without the UTF-8 byte order mark
  -h, --help     this help
`

const PRIORITY: Record<ManifestEntry['status'], number> = { ok: 0, duplicate: 1, failed: 2, skipped: 3, pending: 4 }

/**
 * Joins manifest entries: one per path (the most complete status wins), and
 * among inputs with the same content the first path is ok, the others duplicates.
 * @param entries entries of every folder
 */
export function joinEntries(entries: readonly ManifestEntry[]): ManifestEntry[] {
  const best = new Map<string, ManifestEntry>()
  for (const e of entries) {
    const seen = best.get(e.path)
    if (!seen || PRIORITY[e.status] < PRIORITY[seen.status]) best.set(e.path, e)
  }
  const sorted = [...best.values()].sort(byPath)
  const firstBySha = new Map<string, string>()
  return sorted.map((e) => {
    if ((e.status !== 'ok' && e.status !== 'duplicate') || e.sha256 === null) return e
    const first = firstBySha.get(e.sha256)
    if (first === undefined) {
      firstBySha.set(e.sha256, e.path)
      return { path: e.path, status: 'ok', sha256: e.sha256, id: e.id }
    }
    return { path: e.path, status: 'duplicate', sha256: e.sha256, id: e.id, duplicateOf: first }
  })
}

/** The CSVs from the records, then the manifest, all moved into place together once written. */
function writeOutputs(out: string, manifest: Manifest, bom: boolean): void {
  const writer = new CsvWriter(out, { bom })
  let pending: { commit: () => void; abort: () => void } | null = null
  try {
    for (const id of okIds(manifest)) writer.add(csvParts(readRecord(recordPath(out, id))))
    const commitCsvs = writer.prepare()
    pending = prepareManifest(out, manifest)
    commitCsvs()
    pending.commit()
  } catch (e) {
    writer.abort()
    pending?.abort()
    const code = (e as NodeJS.ErrnoException).code
    if (e instanceof CsvWriteError || code) throw new UserError(`${e instanceof CsvWriteError ? e.message : `cannot write the manifest in ${out} (${code})`}: the previous manifest and CSVs in ${out} are kept`)
    throw e
  }
}

/**
 * Runs the merge command.
 * @param argv arguments after `merge`
 * @returns the exit code
 */
export async function runMerge(argv: string[]): Promise<number> {
  const { values, positionals } = parse('merge', argv, { 'no-bom': { type: 'boolean' } })
  if (values.help) {
    process.stdout.write(MERGE_HELP)
    return 0
  }
  const [out, ...ins] = positionals
  if (out === undefined || ins.length === 0) throw new UsageError('merge: give the output folder then at least one folder to merge (jixiao merge --help)')
  if (ins.some((i) => resolve(i) === resolve(out))) throw new UsageError(`merge: ${out} is both the output and an input`)

  const folders = existsSync(manifestPath(out)) ? [out, ...ins] : ins
  const entries: ManifestEntry[] = []
  let interrupted = false
  mkdirSync(reportsDir(out), { recursive: true })
  for (const dir of folders) {
    let manifest
    try {
      manifest = readManifest(dir)
    } catch (e) {
      throw new UserError((e as Error).message)
    }
    interrupted ||= manifest.interrupted
    for (const e of manifest.inputs) {
      if (e.status === 'ok' && e.id && dir !== out) {
        const from = recordPath(dir, e.id)
        if (!existsSync(from)) throw new UserError(`${dir}: the manifest lists ${e.path} as ok but ${from} is missing`)
        const to = recordPath(out, e.id)
        const tmp = `${to}.tmp-${process.pid}`
        try {
          copyFileSync(from, tmp)
          renameSync(tmp, to)
        } catch (e) {
          rmSync(tmp, { force: true })
          const code = (e as NodeJS.ErrnoException).code
          if (code) throw new UserError(`cannot copy ${from} to ${to} (${code}): the previous manifest and CSVs in ${out} are kept`)
          throw e
        }
      }
      entries.push(e)
    }
  }
  const manifest = buildManifest(joinEntries(entries), null, interrupted)
  writeOutputs(out, manifest, !values['no-bom'])
  const c = manifest.counts
  process.stderr.write(`jixiao: merged ${ins.length} folder(s) into ${out}: ${c.inputs} inputs, ${c.ok} ok, ${c.failed} failed, ${c.duplicate} duplicate${c.pending ? `, ${c.pending} pending` : ''}\n`)
  return c.failed > 0 || c.pending > 0 ? 1 : 0
}
