/**
 * Golden digests: for every fixture, a compact digest of its record (outline,
 * indicator pairs, totals, table rows, facts, diagnostic and finding codes)
 * is compared with fixtures/<case>/digest.json. `UPDATE=1 npm test` rewrites
 * the digests on purpose; read the diff before committing it. The values a
 * reader took from each document live in expected.json and are scored by the
 * eval (test/eval), not here: this file guards against silent changes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runFile } from '../src/pipeline/run.js'
import type { Report } from '../src/model/report.js'
import type { Diagnostic } from '../src/model/diagnostic.js'
import { fixtureCases } from './helpers/fixtures.js'

const UPDATE = process.env.UPDATE === '1'

const where = (d: { span?: { start: { page: number | null; line: number } } | null }) =>
  d.span ? `p${d.span.start.page ?? '-'}:${d.span.start.line}` : null

function digestRecord(r: Report) {
  return {
    meta: {
      title: r.meta.title?.value ?? null,
      department: r.meta.department?.value ?? null,
      region: r.meta.region?.value ?? null,
      year: r.meta.year?.value ?? null,
      reportType: r.meta.reportType?.value ?? null,
      template: r.meta.template?.id ?? null,
    },
    sections: r.sections.map((s) => `${'  '.repeat(Math.max(0, s.level - 1))}${s.marker}${s.title} @${where(s)}`),
    indicators: r.indicators.map((i) => [i.path.join('/'), i.name, i.max?.value ?? null, i.score?.value ?? null, where(i)]),
    totals: { score: r.totals.score?.value ?? null, max: r.totals.max?.value ?? null, grade: r.totals.grade?.value ?? null },
    tables: r.tables.map((t) => ({
      kind: t.kind,
      title: t.title,
      unit: t.unit,
      columns: t.columns.map((c) => c.key ?? c.raw),
      rows: t.rows.map((row) => [row.role, row.label, ...row.cells.map((c) => c.value)]),
    })),
    facts: r.facts.map((f) => [f.key, f.value, f.unit, where(f)]),
    diagnostics: r.diagnostics.map((d) => `${d.severity} ${d.code} ${where(d) ?? ''}`.trim()),
    findings: r.findings.map((d) => `${d.severity} ${d.code} ${where(d) ?? ''}`.trim()),
  }
}

const digestFailure = (diagnostics: Diagnostic[]) => ({ failed: diagnostics.map((d) => `${d.severity} ${d.code}`) })

describe.each(fixtureCases())('fixture $name', ({ dir, input }) => {
  it('should match its digest', async () => {
    const result = await runFile(input)
    const digest = result.ok ? digestRecord(result.report) : digestFailure(result.diagnostics)
    const file = join(dir, 'digest.json')
    if (UPDATE || !existsSync(file)) {
      writeFileSync(file, JSON.stringify(digest, null, 1) + '\n')
      if (!UPDATE) throw new Error(`${file} did not exist: written; review it and run again`)
      return
    }
    expect(digest).toEqual(JSON.parse(readFileSync(file, 'utf8')))
  })
})
