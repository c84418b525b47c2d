/**
 * Tables whose maxima are printed inside the labels (部门决策(25分) |
 * 目标任务(15分) | 相关性(5分) | 得分), as in blank 部门整体 scoring forms. On a
 * row, the last labelled cell is the indicator and the cells before it are its
 * groups; the 得分 is the number that follows it on its row, or null when the
 * form is blank. Nothing is read from a label without a stated maximum.
 */
import type { Context } from '../../../pipeline/types.js'
import type { Indicator } from '../../../model/report.js'
import type { TCell } from './cells.js'
import { sourcedCell } from './build.js'
import { labelMax, type Vocab } from './vocab.js'
import { newIndicator } from '../indicator.js'

/** Indicators of cells [from, stop) whose labels carry their maxima. */
export function readLabelled(cells: TCell[], from: number, stop: number, ctx: Context, v: Vocab, nextId: () => string): Indicator[] {
  void v
  const out: Indicator[] = []
  let path: string[] = []
  for (let i = from; i < stop; i++) {
    const c = cells[i]!
    if (c.kind !== 'text') continue
    const m = labelMax(ctx, c.raw)
    const name = m ? c.raw.slice(0, c.raw.normalize('NFKC').indexOf('(', m.index) >= 0 ? m.index : c.raw.length).trim() : c.raw.trim()
    const next = cells[i + 1]
    const lastOnLine = !next || next.line !== c.line || next.kind === 'num'
    if (!lastOnLine) {
      if (c.lineStart) path = []
      if (m && name !== '') path.push(name)
      continue
    }
    if (!m || name === '') continue
    const at = c.raw.indexOf(String(m.value), m.index)
    const numStart = c.start + (at >= 0 ? at : m.index)
    const numEnd = at >= 0 ? numStart + String(m.value).length : c.start + m.index + m.length
    const scoreCell = next && next.kind === 'num' && next.line <= c.line + 1 ? next : null
    out.push(newIndicator({
      id: nextId(),
      name,
      level: path.length + 1,
      path: [...path],
      max: { value: m.value, raw: ctx.source.text.slice(numStart, numEnd), span: ctx.locate.span(numStart, numEnd), by: 'score-table/label-max' },
      score: scoreCell ? sourcedCell(ctx, scoreCell, 'score-table/label-max') : null,
      source: 'table',
      span: ctx.locate.span(c.start, c.end),
    }))
    if (c.lineStart) path = []
  }
  return out
}
