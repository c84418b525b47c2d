/** `jixiao schema`: prints the JSON Schema of the report record (zod's z.toJSONSchema). */
import { z } from 'zod'
import { Report } from '../model/report.js'
import { parse, UsageError } from './args.js'

/** `jixiao schema --help`. */
export const SCHEMA_HELP = `Usage: jixiao schema

Prints the JSON Schema of the report record (reports/<id>.json) on stdout.
`

/**
 * Runs the schema command.
 * @param argv arguments after `schema`
 * @returns the exit code
 */
export async function runSchema(argv: string[]): Promise<number> {
  const { values, positionals } = parse('schema', argv, {})
  if (values.help) {
    process.stdout.write(SCHEMA_HELP)
    return 0
  }
  if (positionals.length > 0) throw new UsageError(`schema: takes no arguments, got '${positionals[0]}'`)
  process.stdout.write(JSON.stringify(z.toJSONSchema(Report), null, 2) + '\n')
  return 0
}
