/**
 * `jixiao extract PATH... [-o DIR] [--jobs N] [--resume] [--no-bom]
 * [--shard K/N] [--timeout SEC]`: reads reports, writes one JSON record per
 * report, the CSV files and the manifest. Ctrl-C finishes the files in
 * flight, writes the manifest and CSVs, and exits 130.
 */
import { availableParallelism } from 'node:os'
import { expandInputs, intOption, numberOption, parse, UsageError } from './args.js'
import { ingest, type IngestResult } from '../bulk/ingest.js'
import { parseShard } from '../bulk/shard.js'

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
  -j, --jobs N        worker threads (default: number of cores)
      --files-from F  also read the paths listed in F, one a line ('-': stdin)
      --resume        skip inputs whose record is already in DIR/reports and
                      was made by this jixiao version and grammar
      --no-bom        write CSV without the UTF-8 byte order mark
      --wide-min N    indicators-wide.csv keeps indicator keys that at least N
                      reports have (default 2; 1 = all)
      --shard K/N     process only shard K of N (by content hash)
      --timeout SEC   per-file time limit in seconds (default 120, 0 = none)
      --in-process    no worker threads (debugging; the time limit is then
                      only checked while reading PDFs)
  -h, --help          this help

Exit codes: 0 all inputs read, 1 some input failed, 2 usage error, 130 interrupted.
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
    process.stderr.write(`jixiao-stats ${JSON.stringify({ ...c, pages: result.pages, seconds: result.seconds, maxRssKb: process.resourceUsage().maxRSS })}\n`)
  }
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
    timeout: { type: 'string' },
    'in-process': { type: 'boolean' },
    'files-from': { type: 'string' },
    'wide-min': { type: 'string' },
  })
  if (values.help) {
    process.stdout.write(EXTRACT_HELP)
    return 0
  }
  if (positionals.length === 0 && values['files-from'] === undefined) throw new UsageError('extract: give at least one file or folder (jixiao extract --help)')
  const jobs = intOption('extract', 'jobs', values.jobs, availableParallelism())
  const timeout = numberOption('extract', 'timeout', values.timeout, 120)
  const shard = values.shard === undefined ? null : parseShard(values.shard)
  const outDir = values.out ?? 'output'
  const inputs = expandInputs('extract', positionals, values['files-from'])

  const controller = new AbortController()
  let interrupts = 0
  const onSigint = () => {
    interrupts++
    if (interrupts > 1) process.exit(130)
    process.stderr.write('\njixiao: interrupted — finishing the files in flight, then writing the manifest and CSVs (Ctrl-C again to quit now)\n')
    controller.abort()
  }
  process.on('SIGINT', onSigint)
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
      signal: controller.signal,
    })
    printSummary(result, outDir)
    return result.exitCode
  } finally {
    process.off('SIGINT', onSigint)
    inputs.cleanup()
  }
}
