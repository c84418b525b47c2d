/**
 * Borderless tables from text alignment (stream.ts), on items placed as
 * pdf.js gives them: header lines by vocabulary, columns from header cells
 * and body blocks, rows from lines side by side and wrapped cells, a table
 * continued on the next page.
 */
import { describe, expect, it } from 'vitest'
import { ItemBuffer, DESCENT } from '../../../src/source/pdf/items.js'
import { Rows, groupRows } from '../../../src/source/pdf/rows.js'
import { ItemPlaces, pageText } from '../../../src/source/pdf/page-text.js'
import { streamTables, type StreamCarry } from '../../../src/source/pdf/tables/stream.js'
import type { LayoutLine } from '../../../src/source/document.js'

const SIZE = 10
const HEADER = new Set(['一级指标', '二级指标', '三级指标', '年度指标值', '指标值', '分值', '得分', '实际完成值'])
const isHeader = (t: string) => HEADER.has(t.replace(/\s/g, ''))

/** Items as [text, left x, baseline y]; width 1 em per character. */
type Item = [string, number, number]

function read(items: Item[], carry: StreamCarry | null = null) {
  const buf = new ItemBuffer()
  for (const [s, x, y] of items) buf.push(s, x, x + s.length * SIZE, y - DESCENT * SIZE, y + (1 - DESCENT) * SIZE, SIZE)
  const rows = new Rows()
  groupRows(buf, rows)
  const places = new ItemPlaces()
  const layout: LayoutLine[] = []
  const text = pageText(buf, rows, 1, 0, layout, places)
  const r = streamTables(buf, rows, places, text, 1, 0, isHeader, () => false, carry)
  return { ...r, text, grid: r.tables.map((t) => t.rows.map((row) => row.cells.map((c) => c.text))) }
}

// columns: 一级 40, 二级 100, 三级 160, 指标值 300, 分值 360, 得分 400
const HEAD: Item[] = [['一级指标', 40, 700], ['二级指标', 100, 700], ['三级指标', 160, 700], ['年度', 300, 706], ['指标值', 300, 694], ['分值', 360, 700], ['得分', 400, 700]]

describe('streamTables', () => {
  it('should read a two-line header as one row and join a name wrapped below its first line', () => {
    const { grid, tables } = read([
      ...HEAD,
      ['产出指标', 40, 670], ['数量指标', 100, 670], ['新建农村公路', 160, 670], ['≥8', 300, 670], ['10', 360, 670], ['9', 400, 670],
      ['安全设施', 160, 658],
      ['质量指标', 100, 635], ['验收合格率', 160, 635], ['100%', 300, 635], ['10', 360, 635], ['10', 400, 635],
      ['总分', 40, 610], ['100', 360, 610], ['19', 400, 610],
    ])
    expect(tables).toHaveLength(1)
    expect(tables[0]!.method).toBe('stream')
    expect(grid[0]).toEqual([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '分值', '得分'],
      ['产出指标', '数量指标', '新建农村公路安全设施', '≥8', '10', '9'],
      ['', '质量指标', '验收合格率', '100%', '10', '10'],
      ['总分', '', '', '', '100', '19'],
    ])
  })

  it('should put the halves of a vertically centred cell with the line they overlap', () => {
    // a name over two lines, its row's other cells centred between them (Chromium's default)
    const { grid } = read([
      ...HEAD,
      ['数量指标', 100, 670], ['资助人数', 160, 670], ['≥10', 300, 670], ['10', 360, 670], ['10', 400, 670],
      ['家庭经济困难学生', 160, 650],
      ['=0', 300, 645], ['20', 360, 645], ['20', 400, 645],
      ['辍学人数', 160, 640],
      ['满意度', 160, 615], ['≥90%', 300, 615], ['10', 360, 615], ['9', 400, 615],
    ])
    expect(grid[0]!.slice(1).map((r) => r[2])).toEqual(['资助人数', '家庭经济困难学生辍学人数', '满意度'])
    expect(grid[0]![2]!.slice(3)).toEqual(['=0', '20', '20'])
  })

  it('should end the table at a paragraph of prose and find none without header words', () => {
    const body: Item[] = [['新建农村公路', 160, 670], ['≥8', 300, 670], ['10', 360, 670], ['9', 400, 670], ['验收合格率', 160, 650], ['100%', 300, 650], ['10', 360, 650], ['10', 400, 650]]
    const prose: Item = ['本年度项目资金全部按进度拨付到位，项目建设任务已全面完成并通过验收。', 40, 620]
    const { grid } = read([...HEAD, ...body, prose])
    expect(grid[0]).toHaveLength(3)
    expect(read([...body, prose]).tables).toEqual([])
  })

  it('should continue a table open at the foot of a page with the same columns', () => {
    const low = HEAD.map(([s, x, y]): Item => [s, x, y - 570])
    const first = read([...low, ['新建农村公路', 160, 100], ['≥8', 300, 100], ['10', 360, 100], ['9', 400, 100], ['验收合格率', 160, 80], ['100%', 300, 80], ['10', 360, 80], ['10', 400, 80]])
    expect(first.carry).not.toBeNull()
    const next = read([['满意度', 160, 760], ['≥90%', 300, 760], ['10', 360, 760], ['9', 400, 760], ['总分', 40, 740], ['100', 360, 740], ['29', 400, 740]], first.carry)
    expect(next.tables).toHaveLength(1)
    expect(next.tables[0]!.xs).toEqual(first.tables[0]!.xs)
    expect(next.grid[0]).toEqual([
      ['', '', '满意度', '≥90%', '10', '9'],
      ['总分', '', '', '', '100', '29'],
    ])
  })

  it('should read column titles printed as one run, and a target and unit in one run, into their columns', () => {
    // Writer's narrow columns: `二级指标 三级指标` and `100 %` each come as one item (a space 0.5 em wide)
    const { grid, text, tables } = read([
      ['一级指标', 40, 700], ['二级指标 三级指标', 100, 700], ['年度', 300, 706], ['指标值', 300, 694], ['单位', 335, 700], ['分值', 360, 700], ['得分', 400, 700],
      ['产出指标', 40, 670], ['数量指标', 100, 670], ['新建农家书屋', 160, 670], ['12', 300, 670], ['个', 335, 670], ['10', 360, 670], ['10', 400, 670],
      ['质量指标', 100, 640], ['达标率', 160, 640], ['100 %', 300, 640], ['15', 360, 640], ['15', 400, 640],
    ])
    expect(grid[0]).toEqual([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '单位', '分值', '得分'],
      ['产出指标', '数量指标', '新建农家书屋', '12', '个', '10', '10'],
      ['', '质量指标', '达标率', '100', '%', '15', '15'],
    ])
    // every cell's spans slice back to its words
    for (const row of tables[0]!.rows) for (const c of row.cells) expect(c.spans.map(([s, e]) => text.slice(s, e)).join('')).toBe(c.text.replace(/ /g, ''))
  })

  it('should join the upper line of the first body row to it (no row above to take it)', () => {
    const { grid } = read([
      ...HEAD,
      ['产出指标', 40, 676], ['管护农田面积', 160, 676],
      ['（含田间道路）', 160, 664], ['≥100', 300, 664], ['8', 360, 664], ['8', 400, 664],
      ['质量指标', 100, 635], ['验收合格率', 160, 635], ['100%', 300, 635], ['10', 360, 635], ['10', 400, 635],
    ])
    expect(grid[0]!.slice(1)).toEqual([
      ['产出指标', '', '管护农田面积（含田间道路）', '≥100', '8', '8'],
      ['', '质量指标', '验收合格率', '100%', '10', '10'],
    ])
  })

  it('should start a row at a wrapped name whose first line follows a label centred between two rows', () => {
    // Chromium, vertically centred cells at a 1.5 em line pitch: 数量指标 sits between the two rows it spans
    const { grid } = read([
      ...HEAD,
      ['完成抽检批', 160, 676], ['≥1800', 300, 668.5], ['15', 360, 668.5], ['15', 400, 668.5],
      ['次', 160, 661],
      ['数量指标', 100, 651],
      ['快检室建设数', 160, 641],
      ['产出指标', 40, 633.5], ['≥8', 300, 633.5], ['10', 360, 633.5], ['10', 400, 633.5],
      ['量', 160, 626],
      ['总分', 40, 595], ['100', 360, 595], ['25', 400, 595],
      ['自评等级', 40, 571], ['优', 360, 571],
    ])
    expect(grid[0]!.slice(1).map((r) => r[2])).toEqual(['完成抽检批次', '快检室建设数量', '', ''])
    // a grade row a row gap under the total row is a row of its own, not a wrapped line of it
    expect(grid[0]!.slice(-2)).toEqual([['总分', '', '', '', '100', '25'], ['自评等级', '', '', '', '优', '']])
  })

  it('should take the short upper lines of titles wrapped in narrow header cells into the header', () => {
    const { grid } = read([
      ['资金来源', 40, 760], ['年初预算数', 160, 760], ['分值', 360, 760], ['得分', 400, 760],
      ['年度资金总额', 40, 745], ['95.00', 160, 745], ['10', 360, 745], ['9.5', 400, 745],
      ['年度', 300, 721], ['实际', 340, 721],
      ['一级指标', 40, 706], ['二级指标', 100, 706], ['三级指标', 160, 706], ['指标值', 300, 706], ['完成值', 340, 706], ['分值', 380, 706], ['得分', 420, 706],
      ['产出指标', 40, 680], ['数量指标', 100, 680], ['抽检批次', 160, 680], ['≥1800', 300, 680], ['1862', 340, 680], ['15', 380, 680], ['15', 420, 680],
    ])
    expect(grid).toHaveLength(2)
    expect(grid[0]).toEqual([['资金来源', '年初预算数', '分值', '得分'], ['年度资金总额', '95.00', '10', '9.5']])
    expect(grid[1]![0]).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'])
  })
})
