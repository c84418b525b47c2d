import { describe, expect, it } from 'vitest'
import { check, codesOf, emptyRecord, sourcedIn } from './build.js'

// Phrasings of the seed report (佛山 2020), with its line breaks falling inside phrases.
const SEED_LIKE = [
  '根据2020年度部门决算信息，2020年部门整体支出5156.46万元。',
  '佛山市人民代表大会常务委员会办公室根据《2020年度佛\n\n山市市级部门整体支出绩效自评表》进行自评，2020年人民代\n\n表大会常务委员会办公室 2020年度部门整体支出的绩效得分为95分。',
  '根据 2020年度两代表一委员评价结果，佛山市人民代表大会常务委员会办公室获得 95.42分。',
].join('\n\n')

describe('C17 check/fiscal-year', () => {
  const record = (text: string, year = 2020, yearText = String(year)) => emptyRecord({ meta: { ...emptyRecord().meta, year: sourcedIn(text, yearText, year) } })

  it('should not flag the seed phrasings, nor years of dates, plans and notices (N+1 is routine)', () => {
    const text = `${SEED_LIKE}\n2021年1月15日\n2021年度将继续做好绩效自评工作。根据《关于开展 2021 年市级财政资金绩效自评工作的通知》，较2019年度部门决算增加。`
    expect(check(record(text), text)).toEqual([])
  })

  it('should flag a survey of another year, citing the phrase and the fiscal year', () => {
    const text = SEED_LIKE.replace('2020年度两代表', '2019年度两代表')
    const findings = check(record(text), text)
    expect(codesOf(findings)).toEqual(['check/fiscal-year'])
    expect(findings[0]!.message).toMatch(/^Unexpected 2019, expected 2020 \(C17: /)
    expect(text.slice(findings[0]!.span!.start.offset, findings[0]!.span!.end.offset)).toBe('2019')
    expect(findings[0]!.related!.map((r) => r.span.start.offset)).toEqual([text.indexOf('2020')])
  })

  it('should flag a year in the title, and a form year printed after the form name, once each', () => {
    const text = '2021年度某某局部门整体支出绩效自评报告\n部门预算项目支出绩效自评表(2021年度)\n根据2020年度部门决算信息'
    const r = record(text, 2020, '2020')
    r.meta.year = sourcedIn(text, '2020', 2020)
    r.meta.title = sourcedIn(text, '2021年度某某局部门整体支出绩效自评报告', '2021年度某某局部门整体支出绩效自评报告')
    const findings = check(r, text)
    expect(codesOf(findings)).toEqual(['check/fiscal-year', 'check/fiscal-year'])
    expect(findings.map((f) => f.span!.start.offset)).toEqual([0, text.indexOf('(2021') + 1])
  })

  it('should be n/a without a fiscal year', () => {
    const text = SEED_LIKE.replace('2020年度两代表', '2019年度两代表')
    expect(check(emptyRecord(), text)).toEqual([])
  })
})

describe('C18 check/department-name', () => {
  const full = '佛山市人民代表大会常务委员会办公室'
  const record = (text: string, name = full, nth = 0) =>
    emptyRecord({ meta: { ...emptyRecord().meta, department: sourcedIn(text, name, name, nth), departmentKey: name } })

  it('should not flag the seed variants: full name, name without its place, 人大常委会 short form, 我局', () => {
    const text = `一、部门基本情况\n\n（一）部门职能\n\n${full}的主要职责是：\n\n${SEED_LIKE}\n佛山市人大常委会办公室的主要职责是：\n我局部门整体支出绩效目标：`
    expect(check(record(text, full, 1), text)).toEqual([])
  })

  it('should not flag a pronoun with a heading glued before it on one line ((四)…目标我局)', () => {
    const text = `${full}的主要职责是：\n(四)部门整体支出绩效目标我局部门整体支出绩效目标:一是做好稳投资工作`
    expect(check(record(text), text)).toEqual([])
  })

  it('should flag a self-description naming another department, citing it and the department', () => {
    const text = `佛山市财政局的主要职责是：\n\n${SEED_LIKE}`
    const findings = check(record(text), text)
    expect(codesOf(findings)).toEqual(['check/department-name'])
    expect(findings[0]!.message).toMatch(/^Unexpected 佛山市财政局, expected 佛山市人民代表大会常务委员会办公室 \(C18: /)
    expect(findings[0]!.span!.start.offset).toBe(0)
    expect(findings[0]!.related!.map((r) => r.span.start.offset)).toEqual([text.indexOf(full)])
  })

  it('should allow dropping every leading place name (池州市贵池区棠溪镇X → 棠溪镇X), not another unit', () => {
    const key = '池州市贵池区棠溪镇人民政府'
    const ok = `${key}的主要职责是：\n棠溪镇人民政府的主要职责是：`
    expect(check(record(ok, key), ok)).toEqual([])
    const other = `${key}的主要职责是：\n贵池区财政局的主要职责是：\n本单位的主要职责是：`
    expect(codesOf(check(record(other, key), other))).toEqual(['check/department-name'])
    // 人民政府 is what is left of the name without its places; after another place it is another government.
    const generic = `${key}的主要职责是：\n某县人民政府的主要职责是：`
    expect(codesOf(check(record(generic, key), generic))).toEqual(['check/department-name'])
  })

  it('should be n/a without a department', () => {
    const text = `佛山市财政局的主要职责是：\n\n${SEED_LIKE}`
    expect(check(emptyRecord(), text)).toEqual([])
  })
})
