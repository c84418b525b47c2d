/**
 * meta.province / meta.city from department names as printed in the corpus
 * (corpus/real/README.md lists each document's place) and from the gazetteer's
 * traps: a short form inside a name, a city named like its province, a
 * prefecture named like another province.
 */
import { describe, expect, it } from 'vitest'
import { deriveGeography } from '../../../src/stages/canonicalize/geography.js'
import { loadGrammar } from '../../../src/grammar/load.js'

const at = { offset: 0, line: 1, column: 1, page: null }
const named = (value: string) => ({ value, raw: value, span: { start: at, end: at }, by: 'test' })
const geo = (department: string | null, region: string | null = null, title: string | null = null) => {
  const g = deriveGeography({ department: department ? named(department) : null, region: region ? named(region) : null, title: title ? named(title) : null }, loadGrammar())
  return [g.province?.value ?? null, g.city?.value ?? null]
}

describe('deriveGeography', () => {
  it.each([
    ['池州市贵池区棠溪镇人民政府', '安徽省', '池州市'],
    ['岳阳市城市管理监督指挥中心', '湖南省', '岳阳市'],
    ['红河州数据发展中心', '云南省', '红河哈尼族彝族自治州'],
    ['茂名市发展和改革局', '广东省', '茂名市'],
    ['银川市第六中学', '宁夏回族自治区', '银川市'],
    ['佛山市人大常委会办公室', '广东省', '佛山市'],
    ['吉林市财政局', '吉林省', '吉林市'],
    ['海南藏族自治州财政局', '青海省', '海南藏族自治州'],
    ['海南省财政厅', '海南省', null],
    ['北京市财政局', '北京市', null],
    ['四川省大英县司法局', '四川省', null],
  ])('%s → %s %s', (department, province, city) => {
    expect(geo(department)).toEqual([province, city])
  })

  it('should take a short form only at the start of a name', () => {
    expect(geo('中山公园管理处')).toEqual(['广东省', '中山市'])
    expect(geo('市中山公园管理处')).toEqual([null, null])
    expect(geo('湘潭市财政局')).toEqual(['湖南省', '湘潭市'])
  })

  it('should fall back to the region, then the title, and stay null when nothing names a place', () => {
    expect(geo('财政局', '茂名市')).toEqual(['广东省', '茂名市'])
    expect(geo('财政局', null, '2021年度廊坊市食品工程学校项目支出绩效自评表')).toEqual(['河北省', '廊坊市'])
    expect(geo('县农业农村局')).toEqual([null, null])
    expect(geo(null)).toEqual([null, null])
  })

  it('should say which name and form it used', () => {
    const g = deriveGeography({ department: named('红河州数据发展中心'), region: null, title: null }, loadGrammar())
    expect(g.province?.rule).toBe('divisions: 红河州 in the department')
  })
})
