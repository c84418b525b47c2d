/**
 * `jixiao extract PATH... [-o DIR] [--jobs N] [--resume] [--no-bom]
 * [--shard K/N | --shard auto [--shards N]] [--timeout SEC]`: reads reports, writes one JSON record per
 * report, the CSV files and the manifest. Ctrl-C (or SIGTERM) finishes the
 * files in flight, writes the manifest and CSVs, and exits 130 (143).
 */
import { availableParallelism } from 'node:os'
import { expandInputs, intOption, parse, timeoutOption, UsageError } from './args.js'
import { ingest, type IngestResult } from '../bulk/ingest.js'
import { parseShard, type Shard } from '../bulk/shard.js'
import { shardFromEnv } from '../bulk/shard-env.js'
import { BulkOptionError } from '../bulk/errors.js'

/** `jixiao extract --help`. */
export const EXTRACT_HELP = `Usage: jixiao extract PATH... [options]

Reads reports (PDF or text; folders are searched recursively for .pdf and .txt,
a file named here is read whatever its extension; '-' reads one document from
standard input) and writes to DIR:
  reports/<id>.json   one record per report
  reports.csv, indicators.csv, tables.csv, facts.csv, findings.csv,
  indicators-wide.csv
  manifest.json       every input: ok, failed (with the reason), duplicate, or
                      skipped (a file in a folder jixiao does not read)
A finished run removes records in DIR/reports that it did not write or keep.

Options:
  -o, --out DIR       output folder (default: output)
  -j, --jobs N        worker threads (default and most: number of cores)
      --force-jobs    allow --jobs above the number of cores
      --files-from F  also read the paths listed in F, one a line ('-': stdin)
      --resume        skip inputs whose record is already in DIR/reports and
                      was made by this jixiao version and grammar
      --no-bom        write CSV without the UTF-8 byte order mark
      --wide-min N    indicators-wide.csv keeps indicator keys that at least N
                      reports have (default 2; 1 = all)
      --shard K/N     process only shard K of N (by content hash)
      --shard auto    take K and N from the array job the run is in: a Slurm
                      job array (SLURM_ARRAY_TASK_ID, ids may start anywhere),
                      a Kubernetes Indexed Job (JOB_COMPLETION_INDEX) or an
                      AWS Batch array job (AWS_BATCH_JOB_ARRAY_INDEX)
      --shards N      with --shard auto: the number of shards (needed for
                      Kubernetes and AWS Batch; Slurm's array size otherwise)
      --timeout SEC   per-file time limit in seconds (default 120, 0 = none,
                      at most 2147483); each page read by OCR adds 30 s
      --ocr MODE      OCR of scanned pages and image files: auto (pages without
                      a text layer; default), force (every PDF page), off
      --in-process    no worker threads (debugging; the time limit is then
                      only checked while reading PDFs)
  -h, --help          this help

Exit codes: 0 all inputs read, 1 some input failed or the output could not be
written, 2 usage error, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
`

/**
 * Prints the run's one-line summary on stderr, and with JIXIAO_STATS set a
 * `jixiao-stats {…}` line of counts, pages, seconds and peak RSS (read by bench:bulk).
 */
function printSummary(result: IngestResult, outDir: string): void {
  const c = result.manifest.counts
  const rate = result.seconds > 0 ? ` (${(c.ok / result.seconds).toFixed(1)} reports/s)` : ''
  process.stderr.write(
    `jixiao: ${c.inputs} inputs: ${c.ok} ok, ${c.failed} failed, ${c.duplicate} duplicate` + (c.skipped ? `, ${c.skipped} skipped (unsupported)` : "") +
      (c.pending ? `, ${c.pending} not processed (interrupted; rerun with --resume)` : '') +
      ` → ${outDir} in ${result.seconds.toFixed(1)} s${rate}\n`,
  )
  if (process.env.JIXIAO_STATS) {
    process.stderr.write(`jixiao-stats ${JSON.stringify({ ...c, pages: result.pages, seconds: result.seconds, maxRssKb: process.resourceUsage().maxRSS, threads: result.threads })}\n`)
  }
}

/** --shard K/N, or --shard auto [--shards N] from the array job's environment (announced on stderr). */
function shardOption(raw: string | undefined, shards: string | undefined): Shard | null {
  try {
    return shardOf(raw, shards)
  } catch (e) {
    if (e instanceof BulkOptionError) throw new UsageError(e.message)
    throw e
  }
}

function shardOf(raw: string | undefined, shards: string | undefined): Shard | null {
  if (raw?.trim() !== 'auto') {
    if (shards !== undefined) throw new UsageError('extract: --shards N goes with --shard auto (with --shard K/N, N is the number of shards)')
    return raw === undefined ? null : parseShard(raw)
  }
  const found = shardFromEnv(process.env, shards === undefined ? null : intOption('extract', 'shards', shards, 1))
  process.stderr.write(`jixiao: shard ${found.k}/${found.n} from ${found.from}\n`)
  return { k: found.k, n: found.n }
}

/**
 * Runs the extract command.
 * @param argv arguments after `extract`
 * @returns the exit code
 */
export async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parse('extract', argv, {
    out: { type: 'string', short: 'o' },
    jobs: { type: 'string', short: 'j' },
    resume: { type: 'boolean' },
    'no-bom': { type: 'boolean' },
    shard: { type: 'string' },
    shards: { type: 'string' },
    timeout: { type: 'string' },
    'in-process': { type: 'boolean' },
    'force-jobs': { type: 'boolean' },
    'files-from': { type: 'string' },
    'wide-min': { type: 'string' },
    ocr: { type: 'string' },
  })
  if (values.help) {
    process.stdout.write(EXTRACT_HELP)
    return 0
  }
  if (positionals.length === 0 && values['files-from'] === undefined) throw new UsageError('extract: give at least one file or folder (jixiao extract --help)')
  const cores = availableParallelism()
  const asked = intOption('extract', 'jobs', values.jobs, cores)
  // Each worker holds pdf.js and the dictionaries (~200 MB): more workers than cores only cost memory.
  const jobs = values['force-jobs'] ? asked : Math.min(asked, cores)
  if (jobs < asked) process.stderr.write(`jixiao: --jobs ${asked} lowered to ${jobs}, the number of cores (--force-jobs to keep it)\n`)
  const timeout = timeoutOption('extract', values.timeout)
  const shard = shardOption(values.shard, values.shards)
  const outDir = values.out ?? 'output'
  const inputs = expandInputs('extract', positionals, values['files-from'])
  const ocr = values.ocr ?? 'auto'
  if (ocr !== 'auto' && ocr !== 'off' && ocr !== 'force') throw new UsageError(`extract: --ocr takes auto, off or force (got ${ocr})`)

  const controller = new AbortController()
  let interrupts = 0
  let signalCode = 130
  // SIGTERM (kill, a service manager, a container stop) ends the run like Ctrl-C, with exit 143.
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts++
    signalCode = signal === 'SIGTERM' ? 143 : 130
    if (interrupts > 1) process.exit(signalCode)
    process.stderr.write(`\njixiao: ${signal === 'SIGTERM' ? 'terminated' : 'interrupted'} — finishing the files in flight, then writing the manifest and CSVs (${signal === 'SIGTERM' ? 'signal' : 'Ctrl-C'} again to quit now)\n`)
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    const result = await ingest({
      paths: inputs.paths,
      outDir,
      jobs,
      resume: values.resume ?? false,
      bom: !values['no-bom'],
      wideMin: intOption('extract', 'wide-min', values['wide-min'], 2),
      shard,
      timeoutMs: Math.round(timeout * 1000),
      inProcess: values['in-process'] ?? false,
      ocr,
      signal: controller.signal,
    })
    printSummary(result, outDir)
    return result.exitCode === 130 ? signalCode : result.exitCode
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    inputs.cleanup()
  }
}
