/**
 * jixiao as a library: `import { runFile } from 'jixiao'`. The same pipeline
 * the `jixiao` command runs, one document at a time, returning the validated
 * report record (see `Report`, or `jixiao schema` for its JSON Schema).
 *
 *   const r = await runFile('report.pdf')
 *   if (r.ok) console.log(r.report.totals.score?.value)
 *   else console.error(r.diagnostics.map((d) => d.message))
 */
export { runFile, processDocument, reportId, type FileResult, type ProcessOptions } from './pipeline/run.js'
export { loadGrammar, type Grammar } from './grammar/load.js'
export { Report, SCHEMA_VERSION, type Indicator, type Table, type Fact, type Meta, type Totals } from './model/report.js'
export type { Diagnostic } from './model/diagnostic.js'
export { toolVersion } from './version.js'
