/**
 * Tables whose maxima are printed inside the labels (部门决策(25分) |
 * 目标任务(15分) | 相关性(5分) | 得分), as in blank 部门整体 scoring forms. On a
 * row, the last labelled cell is the indicator and the cells before it are its
 * groups; the 得分 is the number that follows it on its row, or null when the
 * form is blank. Nothing is read from a label without a stated maximum.
 */
import type { Context } from '../../../pipeline/types.js'
import type { ScoreRow, ScoreTable } from '../../../model/score-table.js'
import type { TCell } from './cells.js'
import { sourcedCell } from './build.js'
import { labelMax, type Vocab } from './vocab.js'
import { ScoreTableDraft } from './draft.js'
import { numberValue } from './builder.js'

/** The score table of cells [from, stop) whose labels carry their maxima, or null without a row. */
export function readLabelled(cells: TCell[], from: number, stop: number, ctx: Context, v: Vocab, id: string): ScoreTable | null {
  void v
  const draft = new ScoreTableDraft(id, 'indicators')
  let path: string[] = []
  /** open groups by depth: their printed label and id */
  let open: Array<{ label: string; id: string }> = []
  const groupOf = (names: string[], c: TCell): string | null => {
    let parent: string | null = null
    names.forEach((name, d) => {
      const at = open[d]
      if (at && at.label === name) {
        parent = at.id
        return
      }
      const gid = draft.group(d === 0 ? 1 : 2, name, name, null, ctx.locate.span(c.start, c.end), parent)
      open = [...open.slice(0, d), { label: name, id: gid }]
      parent = gid
    })
    open = open.slice(0, names.length)
    return parent
  }
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
    const by = 'score-table/label-max'
    const rc: ScoreRow['cells'] = {
      max: numberValue({ value: m.value, raw: ctx.source.text.slice(numStart, numEnd), span: ctx.locate.span(numStart, numEnd), by }),
    }
    if (scoreCell) rc.score = numberValue(sourcedCell(ctx, scoreCell, by))
    const span = ctx.locate.span(c.start, c.end)
    draft.row('indicator', { value: name, raw: c.raw, span, by }, rc, span, groupOf(path, c), path.length + 1)
    if (c.lineStart) path = []
  }
  return draft.finish()
}
