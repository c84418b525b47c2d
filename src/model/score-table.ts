/**
 * The score-table model: what a score table (项目支出绩效自评表, 部门整体支出
 * 绩效自评表) means, read once from a table's structure and carried forward.
 *
 *   LayoutTable (cells)  ─▶  ScoreTable { columns by role, groups, rows by role, total }
 *                        ─▶  one builder ─▶ indicators (tableId, row, groupId), groups, totals
 *                        ─▶  check reads these fields, never re-derives them
 *
 * Every reader (PDF lattice/stream cells, OCR boxes, pipes, tabs, one cell per
 * line, a table flattened into one line, glued OCR cells, header-less rows)
 * returns ScoreTables. A value a reader had to choose among several readings
 * is marked `ambiguous`, and no check may use it as evidence.
 */
import { z } from 'zod'
import { Span, sourced } from './provenance.js'

const int = z.number().int()
const SourcedNumber = sourced(z.number())
const SourcedString = sourced(z.string())

/** What a column holds, from the header vocabulary (grammars/score-table.json). */
export const ColumnRole = z.enum([
  'level1', // 一级指标
  'level2', // 二级指标
  'name', // 三级指标 / 指标名称
  'max', // 分值 / 权重 / 指标权重
  'score', // 得分 / 自评得分 / 复核分
  'target', // 年度指标值 / 目标值
  'actual', // 实际完成值 / 全年实际值
  'unit', // 度量单位
  'nature', // 指标性质
  'criteria', // 评分标准 / 得分计算方法 (text; numbers in it are never scores)
  'deviation', // 偏差原因及改进措施
  'initial', // 年初预算数
  'adjusted', // 全年预算数
  'executed', // 全年执行数
  'rate', // 执行率
  'other',
])
export type ColumnRole = z.infer<typeof ColumnRole>

/** A column of the table with its role and its header text as printed. */
export const ScoreColumn = z.strictObject({
  /** grid column of the LayoutTable (or position in a text row) */
  index: int.nonnegative(),
  role: ColumnRole,
  header: z.string(),
  span: Span.nullable(),
})
export type ScoreColumn = z.infer<typeof ScoreColumn>

/** A group of indicators: an 一级 or 二级 label and the maximum it states (产出指标(50分)). */
export const ScoreGroup = z.strictObject({
  id: z.string(),
  level: z.union([z.literal(1), z.literal(2)]),
  /** the label without its stated maximum */
  label: z.string(),
  /** the maximum printed with the label, or in the group's own 分值 cell; null when unstated */
  max: SourcedNumber.nullable(),
  parentId: z.string().nullable(),
  span: Span,
  /** the label as printed, with its maximum (产出指标(50分)); the label when absent */
  printed: z.string().optional(),
  /**
   * why the group's membership is not certain (rows printed without its label and no merged cell,
   * rows above its label that print none, a row of it not read as an indicator); absent when certain
   */
  uncertain: z.string().optional(),
})
export type ScoreGroup = z.infer<typeof ScoreGroup>

/** What a row is. */
export const RowRole = z.enum([
  'indicator', // a 三级指标 with a 分值 and/or 得分 cell in a scored column
  'funds', // 年度资金总额 / 预算执行 line of the funds block (scored when it prints 分值/得分)
  'funds-memo', // 其中：本年财政拨款 / 上年结转 / 其他资金 lines (never an indicator)
  'total', // 总分 / 合计 row
  'group', // a row that only states a group label
  'placeholder', // an unfilled template row (指标2, ……)
  'memo', // a 其中… sub-row of an indicator (target/actual only)
  'other', // anything else inside the table (goals, notes)
])
export type RowRole = z.infer<typeof RowRole>

/** A number or text read from one cell, and whether the reader had to choose it among readings. */
export const CellValue = z.strictObject({
  number: SourcedNumber.nullable(),
  text: SourcedString.nullable(),
  /** true when the value was chosen among several readings (a glued split): not evidence for a check */
  ambiguous: z.boolean(),
})
export type CellValue = z.infer<typeof CellValue>

/** A row of the score table, its cells by role. */
export const ScoreRow = z.strictObject({
  /** row index in the LayoutTable (or the reader's row order for text layouts) */
  index: int.nonnegative(),
  role: RowRole,
  /** innermost group (二级, else 一级) the row belongs to */
  groupId: z.string().nullable(),
  /** the 三级 name (indicator rows) or the row label, as printed */
  label: SourcedString.nullable(),
  cells: z.partialRecord(ColumnRole, CellValue),
  span: Span,
  /** the indicator's level when the layout states it (3 under 一级/二级/三级 columns); else from its groups */
  level: int.nonnegative().optional(),
})
export type ScoreRow = z.infer<typeof ScoreRow>

/** A score table read from structure. */
export const ScoreTable = z.strictObject({
  id: z.string(),
  /** the LayoutTable it was read from, null for readers that have none yet */
  layoutTableId: z.string().nullable(),
  kind: z.enum(['indicators', 'funds', 'mixed']),
  columns: z.array(ScoreColumn),
  groups: z.array(ScoreGroup),
  rows: z.array(ScoreRow),
  /** the 总分/合计 row's score and maximum (a 权重 合计 100 is a maximum, never a score) */
  total: z.strictObject({ score: SourcedNumber.nullable(), max: SourcedNumber.nullable() }).nullable(),
  span: Span,
})
export type ScoreTable = z.infer<typeof ScoreTable>
