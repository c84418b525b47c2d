import { describe, expect, it } from 'vitest'
import { readMeta } from '../../../src/stages/extract/meta.js'
import { SEED } from '../../helpers/pipeline.js'
import { prepare, sliceOf } from './helpers.js'
import { realFixture } from '../../helpers/fixtures.js'

const real = realFixture

// department / region / year / report type as a reader takes them from each text (corpus README table)
const cases: [string, string | null, string | null, number | null, string | null][] = [
  [real('01'), '池州市贵池区棠溪镇人民政府', '池州市', 2022, '项目支出绩效自评'],
  [real('02'), '大英县司法局', '大英县', 2023, '项目支出绩效自评'],
  [real('03'), '岳阳市城市管理监督指挥中心', '岳阳市', 2018, '部门整体支出绩效自评'],
  [real('04'), '红河州数据发展中心', '红河州', 2024, '项目支出绩效自评'],
  [real('05'), null, null, 2021, '部门整体支出绩效评价'],
  [real('06'), '茂名市发展和改革局', '茂名市', 2021, '部门整体支出绩效自评'],
  [real('07'), null, null, null, null],
  // the OCR text garbles 实施单位, so the supervising department (主管部门) is what it names
  [real('08'), '银川市教育局', '银川市', 2021, '项目支出绩效自评'],
  [real('09'), '廊坊市食品工程学校', '廊坊市', 2019, '项目支出绩效自评'],
  [real('10'), '张庄寨镇人民政府', '张庄寨镇', 2023, '绩效目标自评'],
]

// the first-level headings the outline gives (the title is the last title line above the first)
const headings: Record<string, [string, number][]> = {
  [real('03')]: [['一、部门(单位)基本概况', 1]],
  [real('05')]: [['一、基本情况', 1]],
}

describe('readMeta', () => {
  it('should read department, region, year and report type of the seed', () => {
    const p = prepare(SEED, { file: true })
    const m = readMeta(p.input, p.ctx)
    expect(m.department?.value).toBe('佛山市人民代表大会常务委员会办公室')
    expect(m.region?.value).toBe('佛山市')
    expect(m.year?.value).toBe(2020)
    expect(m.reportType?.value).toBe('部门整体支出绩效自评')
    expect(m.title).toBeNull()
    expect(m.template).toBeNull()
    for (const v of [m.department, m.region, m.year, m.reportType]) expect(sliceOf(p.text, v!.span)).toBe(v!.raw)
  })

  it.each(cases)('should read %s', (path, department, region, year, type) => {
    const p = prepare(path, { file: true, headings: headings[path] })
    const m = readMeta(p.input, p.ctx)
    expect([m.department?.value ?? null, m.region?.value ?? null, m.year?.value ?? null, m.reportType?.value ?? null]).toEqual([department, region, year, type])
    for (const v of [m.title, m.department, m.region, m.year, m.reportType]) if (v) expect(sliceOf(p.text, v.span)).toBe(v.raw)
  })

  it('should read a title printed on two lines', () => {
    const p = prepare(real('03'), { file: true, headings: headings[real('03')] })
    const t = readMeta(p.input, p.ctx).title!
    expect(t.value).toBe('岳阳市2018年度部门整体支出绩效评价自评报告')
    expect(t.raw).toBe('岳阳市2018年度部门整体支出\n\n绩效评价自评报告')
  })

  it('should read the department from a title line', () => {
    const p = prepare(real('04'), { file: true })
    const m = readMeta(p.input, p.ctx)
    expect(m.title?.value).toBe('红河州数据发展中心2024年度项目支出绩效单位自评报告')
    expect(m.department?.by).toBe('meta/dept-title')
  })

  it('should prefer the most frequent fiscal year over other years', () => {
    const p = prepare('根据2021年度预算安排，2020年度决算信息显示2020年度支出增加。报告日期:2021年06月18日')
    expect(readMeta(p.input, p.ctx).year?.value).toBe(2020)
  })

  it('should give nulls for text without metadata', () => {
    const p = prepare('无。')
    expect(readMeta(p.input, p.ctx)).toEqual({ title: null, department: null, region: null, year: null, reportType: null, template: null })
  })
})
