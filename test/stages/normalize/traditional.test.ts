import { describe, expect, it } from 'vitest'
import { earlyStages, textDoc } from '../../helpers/pipeline.js'
import { toOriginal } from '../../../src/stages/normalize/offset-map.js'
import { traditionalPairs } from '../../../src/stages/normalize/fold.js'
import { loadGrammar } from '../../../src/grammar/load.js'

const normalize = (text: string) => {
  const { norm, doc } = earlyStages(textDoc(text))
  const raw = (s: string) => {
    const at = norm.text.indexOf(s)
    const [os, oe] = toOriginal(norm, at, at + s.length)
    return doc.text.slice(os, oe)
  }
  return { text: norm.text, raw }
}

describe('normalize: traditional script', () => {
  it('should fold traditional characters to simplified ones, one to one', () => {
    const r = normalize('項目支出績效評價評分表：總分９２分，預算執行率為９８％')
    expect(r.text).toBe('项目支出绩效评价评分表:总分92分,预算执行率为98%')
    expect(r.raw('绩效评价')).toBe('績效評價')
  })

  it('should leave simplified text as it is, including characters that are also traditional', () => {
    const text = '项目实施效果显著,乾坤湾景区于后期完成验收'
    expect(normalize(text).text).toBe(text)
  })

  it('should drop a pinyin gloss after a Han character and keep the original under the span', () => {
    const r = normalize('設有目標(biāo)(1分)決策依據（jù）4')
    expect(r.text).toBe('设有目标(1分)决策依据4')
    expect(r.raw('目标(1分)')).toBe('目標(biāo)(1分)')
    expect(r.raw('依据4')).toBe('依據（jù）4')
  })

  it('should not drop brackets that are not a pinyin gloss', () => {
    expect(normalize('满意度(10分) 资金(万元) 附件(a)').text).toBe('满意度(10分) 资金(万元) 附件(a)')
  })
})

describe('grammars/traditional.json', () => {
  const pairs = traditionalPairs(loadGrammar())

  it('should map each traditional character once, to a different character', () => {
    const from = pairs.map(([t]) => t)
    expect(new Set(from).size).toBe(from.length)
    for (const [t, s] of pairs) expect(t).not.toBe(s)
  })

  it('should never map to a character it also folds (folding is idempotent)', () => {
    const from = new Set(pairs.map(([t]) => t))
    expect(pairs.filter(([, s]) => from.has(s))).toEqual([])
  })

  it('should hold the characters common in these reports', () => {
    const map = new Map(pairs)
    const trad = '項目績效評價預算執行資金總額數標準與實際質量時產出經濟會計單位門'
    const simp = '项目绩效评价预算执行资金总额数标准与实际质量时产出经济会计单位门'
    expect([...trad].map((c) => map.get(c) ?? c).join('')).toBe(simp)
  })
})
