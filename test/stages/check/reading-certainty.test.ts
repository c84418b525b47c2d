/**
 * The rules on whole composed documents: page furniture, a unit beside the
 * title, parts of another scope under another heading — clean documents stay
 * silent, and a planted defect is still found.
 */
import { describe, expect, it } from 'vitest'
import { processDocument } from '../../../src/pipeline/run.js'
import { textDoc } from '../../helpers/pipeline.js'

const serious = (text: string) => processDocument(textDoc(text)).findings.filter((f) => f.severity !== 'info').map((f) => f.code)

const WEB = (basic: string) => `首页 > 政务公开 > 财政预决算
某县农业农村局2023年度部门整体支出绩效自评报告
发布时间：2024-04-02 浏览次数：56 【打印】【关闭】

一、部门基本情况
某县农业农村局主要职责是负责全县农业农村工作。

二、部门预算支出情况
部门预算支出明细表 单位：万元
支出类别 年初预算数 调整预算数 决算数
一、基本支出 800.00 820.00 ${basic}
人员经费 700.00 710.00 710.00
日常公用经费 100.00 110.00 108.00
二、项目支出 200.00 210.00 205.00
合计 1000.00 1030.00 1023.00
`

describe('C23 and C18 on a web page copy', () => {
  it('should stay silent on a clean copy: 单位：万元 beside the title declares the unit; furniture names no department', () => {
    expect(serious(WEB('818.00'))).toEqual([])
  })

  it('should still flag a part that does not add up (710 + 108 ≠ 816)', () => {
    expect(serious(WEB('816.00'))).toContain('check/children-sum')
  })

  it('should read a unit stated on its own line above the table', () => {
    const text = WEB('818.00').replace('部门预算支出明细表 单位：万元', '部门预算支出明细表\n金额单位：万元')
    expect(serious(text)).not.toContain('check/table-unit')
  })
})

describe('C05 parts under another heading', () => {
  const text = (persons: string) => `一、收支预算总体情况
某县政协办公室2024年度支出预算合计 900.00 万元，其中：基本支出 700.00 万元，项目支出 200.00 万元。
二、财政拨款基本支出情况
财政拨款基本支出预算 650.00 万元，其中：
（一）人员经费 ${persons} 万元
（二）公用经费 150.00 万元
`
  it('should not sum parts of the 财政拨款 basic budget against the overall 基本支出 of another heading', () => {
    expect(serious(text('500.00'))).not.toContain('check/prose-parts-sum')
  })
})
