/**
 * `jixiao check PATH... [--fail-on error|warning] [--json]`: the consistency
 * findings of reports, read either from an output folder (its records) or by
 * running the pipeline on input files. One line per finding and per error
 * diagnostic, sorted by path; exit 1 when any reaches --fail-on.
 */
import { availableParallelism } from 'node:os'
import { expandInputs, intOption, parse, timeoutOption, UsageError } from './args.js'
import { formatFinding, reaches } from './format.js'
import { catalogue, parseLang, type Catalogue } from '../messages/catalogue.js'
import type { Diagnostic, Severity } from '../model/diagnostic.js'
import { byPath } from '../store/manifest.js'
import { collect, type Collected } from './collect.js'

/** `jixiao check --help`. */
export const CHECK_HELP = `Usage: jixiao check PATH... [options]

Prints the consistency findings (and error diagnostics) of reports, one line
each: path p<page>:<line> severity code message. PATH is an output folder of
'jixiao extract' (its records are read) or report files and folders (read now).

Options:
      --fail-on LEVEL  exit 1 when a finding reaches LEVEL: error (default) or warning
      --json           print JSON instead of lines (each finding with its title and
                       message in --lang, and the quote of every side)
      --lang LANG      language of messages and rule titles: zh-CN (default) or en
      --files-from F   also check the paths listed in F, one a line ('-': stdin)
  -j, --jobs N         worker threads when reading inputs (default: number of cores)
      --timeout SEC    per-file time limit when reading inputs (default 120, 0 = none)
  -h, --help           this help

Exit codes: 0 nothing at --fail-on, 1 findings at --fail-on or unreadable input, 2 usage error.
`

/** What check reports about one input. */
export interface CheckItem {
  path: string
  id: string | null
  status: 'ok' | 'failed'
  reason?: string
  /** failed: the code of the first reason (read/empty, read/timeout, …) */
  code?: string
  findings: Diagnostic[]
  /** parse diagnostics of severity error */
  errors: Diagnostic[]
}

function toItem(c: Collected): CheckItem {
  if (!c.report) return { path: c.path, id: null, status: 'failed', reason: c.reason!, code: c.code!, findings: [], errors: [] }
  const r = c.report
  return { path: c.path, id: r.id, status: 'ok', findings: r.findings, errors: r.diagnostics.filter((d) => d.severity === 'error') }
}

/** A finding for --json: as stored, plus its rule's title and its message in the chosen language. */
function rendered(d: Diagnostic, cat: Catalogue): Diagnostic & { title: string; text: string } {
  return { ...d, title: cat.title(d.code), text: cat.message(d) }
}

/**
 * Runs the check command.
 * @param argv arguments after `check`
 * @returns the exit code
 */
export async function runCheck(argv: string[]): Promise<number> {
  const { values, positionals } = parse('check', argv, {
    'fail-on': { type: 'string' },
    json: { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    timeout: { type: 'string' },
    'files-from': { type: 'string' },
    lang: { type: 'string' },
  })
  if (values.help) {
    process.stdout.write(CHECK_HELP)
    return 0
  }
  if (positionals.length === 0 && values['files-from'] === undefined) throw new UsageError('check: give at least one file, folder or output folder (jixiao check --help)')
  const failOn = values['fail-on'] ?? 'error'
  if (failOn !== 'error' && failOn !== 'warning') throw new UsageError(`check: --fail-on must be error or warning, got '${failOn}'`)
  const lang = parseLang(values.lang)
  if (!lang) throw new UsageError(`check: --lang must be zh-CN or en, got '${values.lang}'`)
  const jobs = intOption('check', 'jobs', values.jobs, availableParallelism())
  const timeoutMs = Math.round(timeoutOption('check', values.timeout) * 1000)

  const list = expandInputs('check', positionals, values['files-from'])
  let collected
  try {
    collected = await collect(list.paths, jobs, timeoutMs)
  } finally {
    list.cleanup()
  }
  const items = collected.map(toItem)
  items.sort(byPath)

  const threshold: Severity = failOn
  const failed = items.some((i) => i.status === 'failed' || [...i.findings, ...i.errors].some((d) => reaches(d.severity, threshold)))
  const cat = catalogue(lang)
  if (values.json) {
    const reports = items.map((i) => ({ ...i, findings: i.findings.map((d) => rendered(d, cat)), errors: i.errors.map((d) => rendered(d, cat)) }))
    process.stdout.write(JSON.stringify({ failOn, failed, lang, reports }, null, 2) + '\n')
  } else {
    for (const i of items) {
      if (i.status === 'failed') process.stdout.write(`${i.path} error ${i.code} ${i.reason}\n`)
      for (const d of [...i.errors, ...i.findings]) process.stdout.write(formatFinding(i.path, d, cat).join('\n') + '\n')
    }
  }
  return failed ? 1 : 0
}
