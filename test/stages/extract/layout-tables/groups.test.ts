/**
 * Groups of a geometry score table: merged cells, labels printed once (carried down, uncertain),
 * labels centred below rows that print none, wrapped labels and their (50分) tail joined.
 */
import { describe, expect, it } from 'vitest'
import { earlyStages, textDoc } from '../../../helpers/pipeline.js'
import { readScoreTables } from '../../../../src/stages/extract/layout-tables/score.js'
import type { LayoutCell, LayoutTable, TableMethod } from '../../../../src/model/layout-table.js'

/** A cell: its text, or [text, rowSpan]; null = a slot covered by a merged cell above. */
type Spec = string | [string, number] | null

const HEADER: Spec[] = ['一级指标', '二级指标', '三级指标', '分值', '得分']

/** A LayoutTable over a text that holds every cell's text on a line of its own (spans point there). */
function table(body: Spec[][], method: TableMethod = 'stream') {
  const all = [HEADER, ...body]
  const lines: string[] = []
  const at: Array<Array<{ text: string; rowSpan: number; offset: number } | null>> = []
  let offset = 0
  for (const row of all) {
    at.push(row.map((s) => {
      if (s === null) return null
      const [text, rowSpan] = typeof s === 'string' ? [s, 1] : s
      const cell = { text, rowSpan, offset }
      lines.push(text)
      offset += text.length + 1
      return cell
    }))
  }
  const ctx = earlyStages(textDoc(lines.join('\n'))).ctx('extract')
  const rows = at.map((row, r) => ({
    header: false,
    page: 1,
    cells: row.flatMap((c, col): LayoutCell[] => (c ? [{
      row: r, col, rowSpan: c.rowSpan, colSpan: 1, text: c.text, bbox: null, page: 1,
      spans: c.text === '' ? [] : [ctx.locate.span(c.offset, c.offset + c.text.length)],
    }] : [])),
  }))
  const t: LayoutTable = { id: 'lt-1', method, pages: [1], bbox: null, columns: HEADER.length, rows, span: ctx.locate.span(0, offset - 1), unit: null, quality: 1 }
  const [st] = readScoreTables(t, ctx)
  const group = (row: number) => {
    const g = st!.groups.find((x) => x.id === st!.rows.find((r) => r.index === row)?.groupId)
    return g ? { label: g.label, level: g.level } : null
  }
  const parentLabel = (row: number) => {
    const id = st!.rows.find((r) => r.index === row)?.groupId
    const g = st!.groups.find((x) => x.id === id)
    return st!.groups.find((x) => x.id === g?.parentId)?.label ?? null
  }
  return { st: st!, group, parentLabel, byLabel: (label: string) => st!.groups.find((g) => g.label === label) }
}

describe('groups of a geometry score table', () => {
  it('gives a merged cell to every row it covers, for certain', () => {
    const { group, parentLabel, byLabel } = table([
      [['产出指标（20分）', 2], '数量指标', '甲', '10', '10'],
      [null, '质量指标', '乙', '10', '9'],
      ['总分', '', '', '20', '19'],
    ], 'lattice')
    expect([group(1), group(2)]).toEqual([{ label: '数量指标', level: 2 }, { label: '质量指标', level: 2 }])
    expect([parentLabel(1), parentLabel(2)]).toEqual(['产出指标', '产出指标'])
    expect(byLabel('产出指标')!.max!.value).toBe(20)
    expect(byLabel('产出指标')!.uncertain).toBeUndefined()
  })

  it('carries a label printed on the first row only down to the next label, and marks the group uncertain', () => {
    const { group, parentLabel, byLabel } = table([
      ['产出指标（20分）', '数量指标', '甲', '10', '10'],
      ['', '', '乙', '10', '9'],
      ['效益指标（10分）', '社会效益指标', '丙', '10', '10'],
      ['总分', '', '', '30', '29'],
    ])
    expect(group(2)).toEqual({ label: '数量指标', level: 2 })
    expect(parentLabel(2)).toBe('产出指标')
    expect(parentLabel(3)).toBe('效益指标')
    expect(byLabel('产出指标')!.uncertain).toMatch(/no 一级 label/)
    expect(byLabel('数量指标')!.uncertain).toMatch(/no 二级 label/)
    expect(byLabel('效益指标')!.uncertain).toBeUndefined()
  })

  it('does not carry a 二级 label into the next 一级 group', () => {
    const { group, parentLabel } = table([
      ['产出指标', '数量指标', '甲', '10', '10'],
      ['效益指标', '', '乙', '10', '9'],
    ])
    expect(group(2)).toEqual({ label: '效益指标', level: 1 })
    expect(parentLabel(2)).toBeNull()
  })

  it('marks a label that stands below rows printing none (centred on its rows) uncertain, and leaves those rows outside it', () => {
    const { group, byLabel } = table([
      ['', '数量指标', '甲', '10', '10'],
      ['产出指标（30分）', '质量指标', '乙', '10', '9'],
      ['', '时效指标', '丙', '10', '10'],
    ])
    expect(group(1)).toEqual({ label: '数量指标', level: 2 })
    expect(byLabel('数量指标')!.parentId).toBeNull()
    expect(byLabel('产出指标')!.uncertain).toMatch(/below 1 indicator row/)
  })

  it('carries no label down at a level once a label there stands centred: a blank row between two labels is in neither group', () => {
    const { byLabel } = table([
      ['', '数量指标', '甲', '10', '10'],
      ['产出指标（30分）', '质量指标', '乙', '10', '9'],
      ['', '时效指标', '丙', '10', '10'],
      ['', '社会效益指标', '丁', '10', '10'],
      ['效益指标（20分）', '满意度指标', '戊', '10', '10'],
    ])
    expect(byLabel('质量指标')!.parentId).toBe(byLabel('产出指标')!.id)
    expect(byLabel('时效指标')!.parentId).toBeNull()
    expect(byLabel('社会效益指标')!.parentId).toBeNull()
    expect(byLabel('满意度指标')!.parentId).toBe(byLabel('效益指标')!.id)
    expect(byLabel('效益指标')!.uncertain).toMatch(/below 2 indicator row/)
  })

  it('joins a stated maximum wrapped onto the next row to its label; the maximum keeps the span of its own cell', () => {
    const { st, group, byLabel, parentLabel } = table([
      ['产出指标', '数量指标', '甲', '10', '10'],
      ['（20分）', '质量指标', '乙', '10', '9'],
    ])
    const g = byLabel('产出指标')!
    expect(g.max!.value).toBe(20)
    expect(g.max!.raw).toBe('（20分）')
    expect(g.printed).toBe('产出指标（20分）')
    expect(st.groups.filter((x) => x.level === 1)).toHaveLength(1)
    expect([parentLabel(1), parentLabel(2)]).toEqual(['产出指标', '产出指标'])
    expect(group(2)).toEqual({ label: '质量指标', level: 2 })
  })

  it('joins a label continued on a row of its own, and not a new group label printed alone', () => {
    const { byLabel, st } = table([
      ['满意度指标', '服务对象满意', '甲', '10', '10'],
      ['', '度指标', '', '', ''],
      ['效益指标', '', '', '', ''],
      ['', '社会效益指标', '乙', '10', '10'],
    ])
    expect(byLabel('服务对象满意度指标')).toBeDefined()
    expect(byLabel('效益指标')).toBeDefined()
    expect(st.groups.map((g) => g.label)).not.toContain('满意度指标效益指标')
  })

  it('reads no group from a 自评等级 row under the 一级 column', () => {
    const { st } = table([
      ['产出指标', '数量指标', '甲', '10', '10'],
      ['总分', '', '', '10', '10'],
      ['自评等级', '', '', '优', ''],
    ])
    expect(st.groups.map((g) => g.label)).toEqual(['产出指标', '数量指标'])
  })
})

describe('a group label wrapped over several lines of a narrow column', () => {
  it('joins a label word cut in two, the opening of its maximum and the close of its bracket', () => {
    const { byLabel, parentLabel } = table([
      ['', '数量指标', '甲', '10', '10'],
      ['产出指', '', '乙', '10', '10'],
      ['标（20', '质量指标', '丙', '10', '10'],
      ['分）', '时效指标', '丁', '10', '10'],
      ['效益指标', '社会效益指标', '戊', '10', '10'],
      ['（10', '', '', '', ''],
      ['分）', '', '己', '10', '10'],
    ])
    const g = byLabel('产出指标')!
    expect(g.printed).toBe('产出指标（20分）')
    expect(g.max).toMatchObject({ value: 20, raw: '标（20' })
    expect([parentLabel(3), parentLabel(4)]).toEqual(['产出指标', '产出指标'])
    expect(byLabel('效益指标')!.max!.value).toBe(10)
  })

  it('does not join a whole label to the next label, nor text after a closed bracket', () => {
    const { st } = table([
      ['产出指标（20分）', '数量指标', '甲', '10', '10'],
      ['效益指标', '社会效益指标', '乙', '10', '10'],
      ['分）满意度', '服务对象满意度指标', '丙', '10', '10'],
    ])
    expect(st.groups.filter((g) => g.level === 1).map((g) => g.label)).toEqual(['产出指标', '效益指标', '分）满意度'])
  })
})
