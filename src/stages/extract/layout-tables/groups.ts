/**
 * The 一级/二级 groups of one score-table block, read row by row from its
 * level columns.
 *
 * - A merged cell (a ruled form's vertical merge) is the group of every row it
 *   covers, for certain; consecutive cells of one column with the same label
 *   are one group (a merged cell cut by a page break).
 * - A label wrapped onto the next row of its column is joined to the label
 *   above: its stated maximum alone (`（50分）`), or a continuation on a row
 *   that holds nothing but level cells.
 * - A blank level cell without a merged cell takes the group above it (a
 *   borderless or stream table prints a group's label on one row only), and
 *   that group is marked `uncertain`; so is a group whose label stands below
 *   indicator rows that print none (a label centred on its rows): which rows
 *   are its members is then a guess, and check compares it only as info. Once a
 *   level shows a centred label, blank cells at that level are carried no more:
 *   their rows may belong to the group above or to the next one, so they are in
 *   no group (null) rather than in a guessed one.
 */
import type { Context } from '../../../pipeline/types.js'
import type { LayoutCell } from '../../../model/layout-table.js'
import type { Sourced } from '../../../model/provenance.js'
import type { ScoreGroup, ScoreTable } from '../../../model/score-table.js'
import { isGroupLabel, labelMax, type Vocab } from '../score-table/vocab.js'

const BY = 'layout-table/cell'

type Level = 1 | 2

const COLUMN: Record<Level, string> = { 1: '一级', 2: '二级' }

interface Open {
  group: ScoreGroup
  /** the label's last cell (a wrapped tail joins the cell it continues) */
  cell: LayoutCell
  /** the label's cells, in order */
  cells: LayoutCell[]
  /** the row after the group's last row so far (its cells' or carried rows') */
  end: number
}

/** The groups of a block's rows; one instance per ScoreTable. */
export class LevelGroups {
  private readonly groupOf = new Map<LayoutCell, ScoreGroup>()
  private readonly open = new Map<Level, Open>()
  /** indicator rows above the first label of a level (since the last reset) */
  private readonly pending = new Map<Level, number>()
  /** levels whose labels stand below rows of their group (centred): no label is carried down at them */
  private readonly centred = new Set<Level>()

  constructor(
    private readonly ctx: Context,
    private readonly v: Vocab,
    private readonly table: ScoreTable,
    private readonly textOf: (c: LayoutCell) => Sourced<string> | null,
  ) {}

  /** A row that ends the groups above it (a 总分 row, the next block). */
  reset(): void {
    this.open.clear()
    this.pending.clear()
  }

  /**
   * The 一级 and 二级 groups of body row r.
   * @param cellOf the cell covering the level column in row r (null: none, or no such column)
   * @param indicator whether the row is an indicator row (only those make a carried group uncertain)
   * @param alone whether the row holds nothing but its level cells (a wrapped label's continuation)
   */
  row(r: number, cellOf: (level: Level) => LayoutCell | null, indicator: boolean, alone: boolean): { l1: ScoreGroup | null; l2: ScoreGroup | null } {
    const l1 = this.level(1, r, cellOf(1), null, indicator, alone)
    const l2 = this.level(2, r, cellOf(2), l1, indicator, alone)
    return { l1, l2 }
  }

  private level(level: Level, r: number, c: LayoutCell | null, parent: ScoreGroup | null, indicator: boolean, alone: boolean): ScoreGroup | null {
    const prev = this.open.get(level)
    if (c && c.text !== '') {
      const hit = this.groupOf.get(c)
      if (hit) return hit
      if (prev && prev.end === c.row && prev.cell.text === c.text) return this.extend(prev, c)
      if (prev && prev.cell.row + prev.cell.rowSpan === c.row && this.isTail(prev.group, c, alone)) return this.join(prev, c)
      return this.create(level, c, parent)
    }
    // a blank merged cell: rows that share no label
    if (c && c.rowSpan > 1) return null
    // a 二级 label belongs under one 一级 group: it is not carried into the next
    if (!prev || this.centred.has(level) || (level === 2 && prev.group.parentId !== (parent?.id ?? null))) {
      if (indicator) this.pending.set(level, (this.pending.get(level) ?? 0) + 1)
      return null
    }
    if (indicator) prev.group.uncertain ??= `a row under it prints no ${COLUMN[level]} label and no merged cell covers it (row ${r}): its members are taken from the label carried down`
    prev.end = r + 1
    return prev.group
  }

  /**
   * Whether cell c continues the label of group g on the row below: its maximum alone (`（50分）`), text on
   * a row of its own, or a line of a label wrapped in a narrow column — the rest of a cut label word
   * (`产出指` / `标（50`), the opening of its maximum under a whole label (`效益指标` / `（30`), or the close
   * of a bracket the label leaves open (`标（50` / `分）`).
   */
  private isTail(g: ScoreGroup, c: LayoutCell, alone: boolean): boolean {
    if (g.max !== null || isGroupLabel(this.v, c.text)) return false
    const t = c.text.normalize('NFKC').trim()
    const m = labelMax(this.ctx, t)
    if (m && m.index === 0 && m.length === t.length) return true
    if (alone && this.ctx.grammar.regex('score-table/cjk').test(t.charAt(0))) return true
    const head = (g.printed ?? g.label).normalize('NFKC')
    const opens = (x: string) => this.count(x, 'bracket-open') - this.count(x, 'bracket-close')
    if (opens(head) > 0) return opens(head + t) === 0 && this.count(t.slice(-1), 'bracket-close') === 1
    if (this.count(head, 'bracket-open') === 0 && this.count(t.charAt(0), 'bracket-open') === 1) return isGroupLabel(this.v, head)
    const word = (x: string) => x.split(this.ctx.grammar.regex('score-table/bracket-open'))[0]!
    return !isGroupLabel(this.v, head) && isGroupLabel(this.v, word(head + t))
  }

  private count(x: string, id: 'bracket-open' | 'bracket-close'): number {
    return x.match(this.ctx.grammar.regex(`score-table/${id}`))?.length ?? 0
  }

  private extend(o: Open, c: LayoutCell): ScoreGroup {
    this.groupOf.set(c, o.group)
    o.cell = c
    o.end = c.row + c.rowSpan
    return o.group
  }

  /** Joins a wrapped tail to the label above: the label and its maximum read from the joined text. */
  private join(o: Open, c: LayoutCell): ScoreGroup {
    const g = o.group
    const printed = (g.printed ?? g.label) + c.text
    const m = labelMax(this.ctx, printed)
    g.printed = printed
    g.label = m ? (printed.slice(0, m.index) + printed.slice(m.index + m.length)).trim() : printed
    o.cells.push(c)
    // the maximum keeps the span of the (last) cell that prints its figure (raw = the text at its span)
    const at = [...o.cells].reverse().find((x) => this.ctx.grammar.regex('score-table/digit').test(x.text))
    const s = at ? this.textOf(at) : null
    if (m && s) g.max = { value: m.value, raw: s.raw, span: s.span, by: BY }
    return this.extend(o, c)
  }

  private create(level: Level, c: LayoutCell, parent: ScoreGroup | null): ScoreGroup {
    const m = labelMax(this.ctx, c.text)
    const label = m ? (c.text.slice(0, m.index) + c.text.slice(m.index + m.length)).trim() : c.text
    const s = this.textOf(c)!
    const g: ScoreGroup = {
      id: `${this.table.id}-g${this.table.groups.length + 1}`, level, label,
      max: m ? { value: m.value, raw: s.raw, span: s.span, by: BY } : null,
      parentId: parent?.id ?? null, span: s.span,
    }
    if (m) g.printed = c.text
    const above = this.pending.get(level) ?? 0
    if (above > 0) {
      g.uncertain = `its label stands below ${above} indicator row(s) that print no ${COLUMN[level]} label (a label centred on its rows): its members are not certain`
      // the table centres its labels: a blank cell below a label may open the next group as well as continue
      // this one, so from here on such rows are in no group rather than in the one above
      this.centred.add(level)
    }
    this.pending.delete(level)
    if (level === 1) {
      this.open.delete(2)
      this.pending.delete(2)
    }
    this.table.groups.push(g)
    this.groupOf.set(c, g)
    this.open.set(level, { group: g, cell: c, cells: [c], end: c.row + c.rowSpan })
    return g
  }
}
