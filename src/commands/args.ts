/**
 * Argument parsing shared by the commands: node's `util.parseArgs` with its
 * errors turned into UsageError (one clear line, exit 2), plus small
 * validators for numeric options.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A mistake in how jixiao was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A problem the user can fix (bad path, unreadable folder): printed as one line, exit code 1. */
export class UserError extends Error {
  override name = 'UserError'
}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Parses argv for one command. Unknown options and missing values become a
 * UsageError naming the command.
 * @param command command name, for the messages
 * @param argv the arguments after the command name
 * @param options the parseArgs option table (`help` is added)
 */
export function parse<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    })
  } catch (e) {
    // Node's messages can add advice about '--' after the first sentence: keep the first.
    const message = ((e as Error).message.split('\n')[0] ?? 'bad arguments').replace(/\s*To specify .*$/, '')
    throw new UsageError(`${command}: ${message}`)
  }
}

/**
 * Reads a positive integer option.
 * @param command command name, for the message
 * @param name option name without dashes
 * @param raw the value given (undefined when absent)
 * @param fallback value when absent
 * @param min smallest value allowed
 */
export function intOption(command: string, name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new UsageError(`${command}: --${name} must be a whole number ≥ ${min}, got '${raw}'`)
  return Number(raw)
}

/**
 * Reads a number option (seconds and the like).
 * @param command command name, for the message
 * @param name option name without dashes
 * @param raw the value given (undefined when absent)
 * @param fallback value when absent
 */
export function numberOption(command: string, name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError(`${command}: --${name} must be a number ≥ 0, got '${raw}'`)
  return n
}

/** Longest per-file time limit, seconds (Node timers hold at most 2^31-1 ms). */
export const MAX_TIMEOUT_S = 2147483

/**
 * Reads --timeout SEC: 0 (no limit) or between 1 ms and what a Node timer
 * holds (a longer one overflows and fires at once; a shorter one rounds to no limit).
 * @param command command name, for the message
 * @param raw the value given (undefined: 120 s)
 */
export function timeoutOption(command: string, raw: string | undefined): number {
  const t = numberOption(command, 'timeout', raw, 120)
  if (t > MAX_TIMEOUT_S || (t > 0 && t < 0.001)) throw new UsageError(`${command}: --timeout must be 0 (no limit) or between 0.001 and ${MAX_TIMEOUT_S} seconds, got '${raw}'`)
  return t
}

/** Inputs of a command after `-` and `--files-from` are expanded. */
export interface InputList {
  paths: string[]
  /** removes the temporary copy of standard input, if any */
  cleanup(): void
}

/**
 * Expands the input arguments: `--files-from FILE` adds one path per line
 * (blank lines ignored; FILE `-` reads the list from standard input), and a
 * `-` argument reads one document from standard input into a temporary file
 * named `stdin` (its record's path is that copy).
 * @param command command name, for the messages
 * @param positionals the PATH arguments
 * @param filesFrom the --files-from value, if given
 */
export function expandInputs(command: string, positionals: readonly string[], filesFrom: string | undefined): InputList {
  const paths: string[] = []
  let stdinUsed = false
  const readStdin = (what: string): Buffer => {
    if (stdinUsed) throw new UsageError(`${command}: standard input can be read once ('-' and --files-from - together)`)
    stdinUsed = true
    try {
      return readFileSync(0)
    } catch (e) {
      throw new UsageError(`${command}: cannot read ${what} from standard input (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
    }
  }
  if (filesFrom !== undefined) {
    let text: string
    try {
      text = filesFrom === '-' ? readStdin('the file list').toString('utf8') : readFileSync(filesFrom, 'utf8')
    } catch (e) {
      if (e instanceof UsageError) throw e
      throw new UserError(`${command}: --files-from ${filesFrom} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
    }
    for (const line of text.split(/\r?\n/)) if (line.trim() !== '') paths.push(line.trim())
  }
  let tmp: string | null = null
  for (const p of positionals) {
    if (p !== '-') {
      paths.push(p)
      continue
    }
    const bytes = readStdin('a document')
    tmp = mkdtempSync(join(tmpdir(), 'jixiao-stdin-'))
    const file = join(tmp, 'stdin')
    writeFileSync(file, bytes)
    paths.push(file)
  }
  return { paths, cleanup: () => tmp !== null && rmSync(tmp, { recursive: true, force: true }) }
}
