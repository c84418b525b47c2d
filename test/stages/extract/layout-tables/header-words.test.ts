/** A ruled table's header cells are named by their words; a 评分标准 sentence ending in such a word is no header. */
import { describe, expect, it } from 'vitest'
import { earlyStages, textDoc } from '../../../helpers/pipeline.js'
import { roleOfText } from '../../../../src/stages/extract/layout-tables/columns.js'
import { vocab } from '../../../../src/stages/extract/score-table/vocab.js'

const ctx = earlyStages(textDoc('x')).ctx('extract')
const role = (text: string) => roleOfText(ctx, vocab(ctx), text)

describe('header words of a ruled table', () => {
  it('reads header cells by their words', () => {
    expect(role('得分')).toBe('score')
    expect(role('权重')).toBe('max')
    expect(role('执行率')).toBe('rate')
  })
  it('takes no criteria sentence for a header, whatever its last word', () => {
    expect(role('执行率×10，低于80%不得分')).toBeNull()
    expect(role('≥95%得满分，每降低1个百分点扣0.5分')).toBeNull()
  })
})
