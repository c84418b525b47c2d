/** The unit a table's header states: one function for the LayoutTable and the funds table. */
import { describe, expect, it } from 'vitest'
import { earlyStages, textDoc } from '../../../helpers/pipeline.js'
import { headerUnit } from '../../../../src/stages/extract/layout-tables/unit.js'

const ctx = earlyStages(textDoc('x')).ctx('extract')

describe('headerUnit', () => {
  it('should read a unit statement in any header text before a unit in brackets after a column name', () => {
    expect(headerUnit(ctx, ['项目资金（万元）', '年初预算数', '单位：元'])).toEqual({ text: 2, index: 0, length: 4, unit: '元' })
  })
  it('should read a unit in brackets after a column name, where it stands', () => {
    expect(headerUnit(ctx, ['序号', '全年预算数(万元)'])).toEqual({ text: 1, index: 4, length: 5, unit: '万元' })
  })
  it('should find none in headers that state no unit', () => {
    expect(headerUnit(ctx, ['年初预算数', '执行率(%)', '得分'])).toBeNull()
  })
})
