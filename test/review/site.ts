/**
 * Builds a review site for the tests: the seed, the seed with one number
 * changed for each check rule (the seed-mutation cases), the seed as a PDF,
 * a text with no findings, an empty file (failed), and an output folder
 * holding a record whose document text is hostile HTML.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runFile } from '../../src/pipeline/run.js'
import { runReview } from '../../src/commands/review.js'
import type { Report } from '../../src/model/report.js'

export const SEED = 'seeds/000_d2e29ec8149df6e0.txt'
/** The seed printed to PDF by Chromium (the same file as the corpus's generated/seed000_chromium.pdf). */
export const SEED_PDF = 'fixtures/pdf-chromium/input.pdf'

/** One number of the seed changed, and the codes it must give beyond the unmodified seed's. */
export interface Mutation {
  rule: string
  code: string
  from: string
  to: string
  /** the changed text, as it must appear marked in one quote */
  number: string
  alsoFiring?: string[]
}

/** The seed mutations of test/stages/check/seed-mutations.test.ts, one per rule that the seed can show. */
export const MUTATIONS: Mutation[] = [
  { rule: 'C01', code: 'check/children-sum', from: '人员经费 4062.88', to: '人员经费 4062.80', number: '4062.80' },
  { rule: 'C02', code: 'check/total-sum', from: '合计 5084.38', to: '合计 5084.48', number: '5084.48' },
  { rule: 'C03', code: 'check/memo-exceeds-parent', from: '基本建设类项目 0.00', to: '基本建设类项目 800.00', number: '800.00' },
  { rule: 'C04', code: 'check/prose-table-mismatch', from: '基本支出 4431.90 万元', to: '基本支出 4431.91 万元', number: '4431.91' },
  { rule: 'C05', code: 'check/prose-parts-sum', from: '项目支出 724.56 万元', to: '项目支出 734.56 万元', number: '734.56', alsoFiring: ['check/prose-table-mismatch'] },
  { rule: 'C06', code: 'check/max-sum', from: '该指标分值 8分，自评得分 7分', to: '该指标分值 9分，自评得分 7分', number: '9' },
  { rule: 'C07', code: 'check/score-sum', from: '95分，绩效等级', to: '96分，绩效等级', number: '96' },
  { rule: 'C08', code: 'check/score-range', from: '该指标分值 6分，自评得分 5分', to: '该指标分值 6分，自评得分 7分', number: '7', alsoFiring: ['check/score-sum'] },
  { rule: 'C09', code: 'check/grade-band', from: '绩效等级为“优”', to: '绩效等级为“良”', number: '良' },
  { rule: 'C11', code: 'check/public-expenditure', from: '288.90万元', to: '288.91万元', number: '288.91' },
  { rule: 'C12', code: 'check/project-coverage', from: '覆盖率 100%', to: '覆盖率 90%', number: '90' },
  { rule: 'C15', code: 'check/three-public', from: '11.56万元', to: '6011.56万元', number: '6011.56' },
  { rule: 'C16', code: 'check/final-over-budget', from: '合计 5084.38 5156.46', to: '合计 5084.38 5156.36', number: '5156.36', alsoFiring: ['check/total-sum'] },
  { rule: 'C17', code: 'check/fiscal-year', from: '根据 2020年度两代表一委员评价结果', to: '根据 2019年度两代表一委员评价结果', number: '2019' },
  { rule: 'C18', code: 'check/department-name', from: '佛山市人民代表大会常务委员会办公室的主要职责是', to: '佛山市财政局的主要职责是', number: '财政局' },
  { rule: 'C19', code: 'check/section-ordinals', from: '四、改进措施', to: '六、改进措施', number: '六' },
  {
    rule: 'C24', code: 'check/survey-score', from: '较高。\n\n该指标分值 5分，自评得分 5分', to: '较高。\n\n该指标分值 5分，自评得分 95.42分', number: '95.42',
    alsoFiring: ['check/score-range', 'check/score-sum'],
  },
]

/** Hostile text put into a record, as a document could print it. */
export const HOSTILE = '</script><img src=x onerror="window.__pwned=1">部门<b>'

export interface Site {
  dir: string
  /** input path of each mutation, by rule */
  mutated: Map<string, string>
  /** every input given, in the index order (sorted by path) */
  inputs: string[]
  clean: string
  empty: string
  hostileId: string
  seedPdf: string
}

/** Writes the inputs under `root` and the site to `root/site`. */
export async function buildSite(root: string): Promise<Site> {
  const seed = readFileSync(SEED, 'utf8')
  const inDir = join(root, 'in')
  mkdirSync(inDir, { recursive: true })
  const mutated = new Map<string, string>()
  for (const m of MUTATIONS) {
    if (seed.split(m.from).length !== 2) throw new Error(`"${m.from}" must occur once in the seed`)
    const path = join(inDir, `seed-${m.rule}.txt`)
    writeFileSync(path, seed.replace(m.from, m.to))
    mutated.set(m.rule, path)
  }
  const clean = join(inDir, 'plain.txt')
  writeFileSync(clean, '关于某项工作的说明\n\n本文只有一段文字，没有数字可查。\n')
  const empty = join(inDir, 'empty.txt')
  writeFileSync(empty, '')
  const seedPdf = join(inDir, 'seed.pdf')
  writeFileSync(seedPdf, readFileSync(SEED_PDF))

  // an output folder whose one record carries hostile text wherever the document's text goes
  const base = await runFile(SEED)
  if (!base.ok) throw new Error('seed did not read')
  const r: Report = structuredClone(base.report)
  r.id = 'ffffffffffffffff'
  r.source.path = join(root, 'hostile.txt')
  r.meta.department = { ...r.meta.department!, value: HOSTILE }
  r.sections[0]!.title = HOSTILE
  r.indicators[0]!.name = HOSTILE
  r.tables[0]!.rows[0]!.label = HOSTILE
  const f = r.findings[0]!
  f.quote = `${HOSTILE}${f.quote ?? ''}`
  f.quoteOffset = (f.quoteOffset ?? 0) - HOSTILE.length
  f.related![0]!.label = HOSTILE
  const out = join(root, 'out')
  mkdirSync(join(out, 'reports'), { recursive: true })
  writeFileSync(join(out, 'reports', `${r.id}.json`), JSON.stringify(r))

  const inputs = [...mutated.values(), clean, empty, seedPdf]
  const dir = join(root, 'site')
  const code = await runReview([out, ...inputs, '-o', dir, '--jobs', '1'])
  if (code !== 0) throw new Error(`review exited ${code}`)
  return { dir, mutated, inputs: [r.source.path, ...inputs].sort(), clean, empty, hostileId: r.id, seedPdf }
}
