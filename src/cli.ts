#!/usr/bin/env node
/**
 * jixiao's command line: argv → a command; nothing else. A mistake in the
 * call prints one line and exits 2; so does an unexpected error (with its
 * stack only when DEBUG is set). Never a stack trace for a user error.
 */
import { tuneCompiler } from './compiler-tuning.js'
import { UsageError, UserError } from './commands/args.js'
import { BulkError } from './bulk/errors.js'

const USAGE = `Usage: jixiao <command> [options]

Turns budget-performance self-evaluation reports (绩效自评报告, PDF or text)
into checked, comparable data; every number keeps its page, line and quote.

Commands:
  extract PATH...   read reports, write JSON records, CSV files and a manifest
  check PATH...     run the consistency checks on reports or an output folder
  inspect FILE      show the outline and every value read, with page:line
  schema            print the JSON Schema of the report record
  merge OUT IN...   combine output folders (e.g. shards) into one
  eval              score extraction against the fixtures' expected values
  export OUT        an output folder as xlsx, Parquet or JSON Lines
  review PATH...    write a static HTML review site: every finding beside its quoted sources

Run 'jixiao <command> --help' for a command's options.
`

// before any command's module loads and before any worker starts (imports above are evaluated first, and are small)
tuneCompiler()

type Command = (argv: string[]) => Promise<number>

/** Each command's module is imported only when that command runs (`--help` loads none). */
const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./commands/extract.js')).runExtract,
  check: async () => (await import('./commands/check.js')).runCheck,
  inspect: async () => (await import('./commands/inspect.js')).runInspect,
  schema: async () => (await import('./commands/schema.js')).runSchema,
  merge: async () => (await import('./commands/merge.js')).runMerge,
  eval: async () => (await import('./commands/eval.js')).runEval,
  export: async () => (await import('./commands/export.js')).runExport,
  review: async () => (await import('./commands/review.js')).runReview,
}

/** Commands that read documents and so need the grammars. */
const NEEDS_GRAMMAR = new Set(['extract', 'check', 'inspect', 'eval', 'review'])

/**
 * Loads grammars/ and compiles every pattern once before a run: a broken grammar file is one line,
 * not a failure of every input (workers compile patterns only as they use them).
 */
async function checkGrammar(): Promise<void> {
  try {
    const grammar = await import('./grammar/load.js')
    grammar.checkGrammar()
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e)
    throw new UserError(`the grammar files are invalid, nothing was read: ${message}`)
  }
}

/**
 * Runs jixiao with the given arguments.
 * @param argv arguments after the program name
 * @returns the exit code
 */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined) {
    process.stderr.write(USAGE)
    return 2
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE)
    return 0
  }
  if (command === '--version' || command === '-V' || command === '-v') {
    const { toolVersion } = await import('./version.js')
    process.stdout.write(`jixiao ${toolVersion()}\n`)
    return 0
  }
  const load = COMMANDS[command]
  if (!load) throw new UsageError(`unknown command '${command}' (commands: ${Object.keys(COMMANDS).join(', ')}; see jixiao --help)`)
  if (NEEDS_GRAMMAR.has(command) && !rest.includes('--help') && !rest.includes('-h')) await checkGrammar()
  return (await load())(rest)
}

// A reader that stops early (`jixiao schema | head -1`) closes the pipe: end quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
  throw e
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`jixiao: ${e.message}\n`)
      process.exitCode = 2
    } else if (e instanceof UserError || e instanceof BulkError) {
      process.stderr.write(`jixiao: ${e.message}\n`)
      process.exitCode = 1
    } else {
      const message = e instanceof Error ? e.message.split('\n')[0] : String(e)
      process.stderr.write(`jixiao: unexpected error: ${message}${process.env.DEBUG ? '' : ' (set DEBUG=1 for details)'}\n`)
      if (process.env.DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`)
      process.exitCode = 2
    }
  },
)
