/**
 * Table regions from the cells of PDF lines, and what the later stages do
 * with them: no section opens inside one, and the region reader gives its
 * money table with header, two-sided rows and units. The document is an
 * invented two-sided 收支总表 laid out as a PDF would be.
 */
import { describe, expect, it } from 'vitest'
import { earlyStages } from '../../helpers/pipeline.js'
import type { LayoutLine, SourceDoc } from '../../../src/source/document.js'
import { tableRegions } from '../../../src/stages/lines/table-regions.js'
import { segmentStage } from '../../../src/stages/segment/index.js'
import { readTextTables } from '../../../src/stages/extract/text-tables.js'

type Cell = [x0: number, text: string]
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\x00-\x7f]/.test(ch) ? 5 : 10), 0)

/** A one-page PDF-like document: each line is its cells at their x positions, joined by TABs. */
function layoutDoc(rows: Cell[][]): SourceDoc {
  let text = ''
  const layout: LayoutLine[] = []
  rows.forEach((cells, i) => {
    if (i > 0) text += '\n'
    const start = text.length
    const out: LayoutLine['cells'] = []
    cells.forEach(([x0, t], k) => {
      if (k > 0) text += '\t'
      out.push({ start: text.length, end: text.length + t.length, x0, x1: x0 + width(t) })
      text += t
    })
    const y = 800 - i * 15
    layout.push({ start, end: text.length, page: 1, bbox: [out[0]!.x0, y, out[out.length - 1]!.x1, y + 10], cells: out, fontSize: 10 })
  })
  return { path: 'invented.pdf', sha256: '0'.repeat(64), format: 'pdf', encoding: null, text, pageStarts: [0], pages: 1, layout }
}

const TABLE: Cell[][] = [
  [[60, '第一部分'], [140, '部门概况']],
  [[60, '一、主要职能'], ],
  [[40, '本部门负责全市的某项工作，并承担相关事务。']],
  [[200, '收入支出决算总表']],
  [[480, '单位：万元']],
  [[150, '收入'], [400, '支出']],
  [[100, '项目'], [220, '决算数'], [330, '项目'], [480, '决算数']],
  [[40, '一、一般公共预算财政拨款收入'], [225, '120.50'], [320, '一、一般公共服务支出'], [475, '100.00']],
  [[40, '二、事业收入'], [225, '1,000.00'], [320, '二、外交支出']],
  [[320, '三、教育支出'], [475, '1,020.50']],
  [[320, '四、公共安全支出']],
  [[320, '五、卫生健康支出']],
  [[100, '本年收入合计'], [225, '1,120.50'], [350, '本年支出合计'], [475, '1,120.50']],
  [[60, '二、部门决算单位构成']],
  [[40, '本部门决算包括本级决算。']],
]

function run(rows: Cell[][], useRegions = true) {
  const e = earlyStages(layoutDoc(rows))
  const regions = useRegions ? tableRegions(e.lines, e.ctx('lines')) : []
  const outline = segmentStage.run({ norm: e.norm, tableRegions: regions }, e.ctx('segment'))
  const tables = readTextTables({ lines: e.lines, norm: e.norm, outline, tableRegions: regions }, e.ctx('extract'))
  return { e, regions, outline, tables }
}

describe('table regions from line cells', () => {
  it('should cover the table from its header rows to its total row, and not the headings around it', () => {
    const { e, regions } = run(TABLE)
    expect(regions).toHaveLength(1)
    const text = e.doc.text.slice(regions[0]!.start, regions[0]!.end).split('\n')
    expect(text[0]).toBe('收入\t支出')
    expect(text[text.length - 1]).toBe('本年收入合计\t1,120.50\t本年支出合计\t1,120.50')
  })

  it('should keep budget rows without an amount out of the outline', () => {
    const heads = (o: ReturnType<typeof run>['outline']) => o.sections.map((s) => s.marker + s.title)
    expect(heads(run(TABLE).outline)).toEqual(['第一部分部门概况', '一、主要职能', '二、部门决算单位构成'])
    // without the regions, a row alone on its line reads as a heading
    expect(heads(run(TABLE, false).outline)).toContain('四、公共安全支出')
  })

  it('should not take a heading whose title stands after a wide gap for a table row', () => {
    const { e, regions } = run(TABLE)
    expect(regions.some((r) => e.doc.text.slice(r.start, r.end).includes('第一部分'))).toBe(false)
  })
})

describe('money tables read from a region', () => {
  it('should give one row per side of a two-sided line, each amount in the column under its header', () => {
    const [t] = run(TABLE).tables
    expect(t).toBeDefined()
    expect(t!.title).toBe('收入支出决算总表')
    expect(t!.unit).toBe('万元')
    expect(t!.columns.map((c) => c.raw)).toEqual(['决算数', '决算数'])
    const rows = t!.rows.map((r) => [r.label, r.role, ...r.cells.map((c) => c.value)])
    expect(rows).toEqual([
      ['一、一般公共预算财政拨款收入', 'item', 120.5, null],
      ['一、一般公共服务支出', 'item', null, 100],
      ['二、事业收入', 'item', 1000, null],
      ['二、外交支出', 'item', null, null],
      ['三、教育支出', 'item', null, 1020.5],
      ['四、公共安全支出', 'item', null, null],
      ['五、卫生健康支出', 'item', null, null],
      ['本年收入合计', 'total', 1120.5, null],
      ['本年支出合计', 'total', null, 1120.5],
    ])
  })

  it('should keep every cell’s raw text and span in the original text', () => {
    const { e, tables } = run(TABLE)
    for (const row of tables[0]!.rows) {
      for (const c of row.cells) if (c.span) expect(e.doc.text.slice(c.span.start.offset, c.span.end.offset)).toBe(c.raw)
    }
    expect(tables[0]!.rows.find((r) => r.label === '本年收入合计')!.cells[0]!.raw).toBe('1,120.50')
  })

  it('should read classification codes before a label as part of it, not as amounts', () => {
    const rows: Cell[][] = [
      [[300, '一般公共预算财政拨款基本支出决算表']],
      [[480, '单位：元']],
      [[40, '科目编码'], [120, '科目名称'], [300, '合计'], [400, '人员经费']],
      [[40, '301'], [80, '工资福利支出'], [300, '9,501,164'], [400, '7,380,214']],
      [[40, '30101'], [80, '基本工资'], [300, '1,200,000'], [400, '1,200,000']],
      [[40, '302'], [80, '商品和服务支出'], [300, '25'], [400, '—']],
    ]
    const [t] = run(rows).tables
    expect(t!.unit).toBe('元')
    expect(t!.rows.map((r) => [r.label.replace(/\s+/g, ' '), ...r.cells.map((c) => c.value)])).toEqual([
      ['301 工资福利支出', 9501164, 7380214],
      ['30101 基本工资', 1200000, 1200000],
      ['302 商品和服务支出', 25, null],
    ])
  })

  it('should take the unit from a header cell when no unit line stands above the table', () => {
    const rows: Cell[][] = [
      [[200, '项目资金情况表']],
      [[40, '项目名称'], [300, '项目资金（万元）'], [420, '执行数（万元）']],
      [[40, '某某项目'], [310, '12.00'], [430, '11.50']],
      [[40, '合计'], [310, '12.00'], [430, '11.50']],
    ]
    const [t] = run(rows).tables
    expect(t!.unit).toBe('万元')
    expect(t!.rows.map((r) => [r.label, r.role, ...r.cells.map((c) => c.value)])).toEqual([
      ['某某项目', 'item', 12, 11.5],
      ['合计', 'total', 12, 11.5],
    ])
  })
  it('should not read a cover set in wide type (one number among a few words) as a table', () => {
    const rows: Cell[][] = [
      [[100, '江苏省某某厅'], [300, '2017'], [360, '年度部门预算']],
      [[250, '目'], [300, '录']],
      [[60, '第一部分'], [140, '部门概况']],
    ]
    expect(run(rows).tables).toEqual([])
  })
})
