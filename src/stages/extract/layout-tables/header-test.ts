/**
 * The header vocabulary as a test on one cell's text, for the PDF reader's
 * borderless tables (source/pdf/tables/stream.ts): a line with two column
 * titles starts a table. The words are the score-table grammar's, read as
 * the LayoutTable → ScoreTable reader reads header cells.
 */
import type { Grammar } from '../../../grammar/load.js'
import type { Context } from '../../../pipeline/types.js'
import type { HeaderTest } from '../../../source/pdf/tables/stream.js'
import { vocab } from '../score-table/vocab.js'
import { roleOfText } from './columns.js'

const cache = new WeakMap<Grammar, HeaderTest>()

/** Whether a text names a column (分值, 得分, 三级指标, 全年预算数, 指标值 …), per grammar. */
export function headerTest(grammar: Grammar): HeaderTest {
  const hit = cache.get(grammar)
  if (hit) return hit
  // the readers below look only at the context's grammar
  const ctx = { grammar } as Context
  const v = vocab(ctx)
  const test: HeaderTest = (text) => text.length <= 16 && roleOfText(ctx, v, text) !== null
  cache.set(grammar, test)
  return test
}
