/**
 * The report record: the output contract of jixiao, one JSON file per input.
 * Field names are the contract (DESIGN.md); add fields freely, rename none
 * without a schemaVersion bump. `jixiao schema` prints this as JSON Schema.
 */
import { z } from 'zod'
import { Span, sourced, derived } from './provenance.js'
import { Diagnostic } from './diagnostic.js'
import { LayoutTable } from './layout-table.js'

/** Version of the record's shape; bumped when a field is renamed or removed. */
export const SCHEMA_VERSION = 1 as const

const num = z.number()
const SourcedString = sourced(z.string())
const SourcedNumber = sourced(num)

/** The input file: path, content hash, format and encoding. */
export const SourceInfo = z.strictObject({
  path: z.string(),
  sha256: z.string(),
  format: z.enum(['pdf', 'text', 'image']),
  encoding: z.string().nullable(),
  pages: z.number().int().nullable(),
})

/** What the report says about itself; each field null when unstated. */
export const Meta = z.strictObject({
  title: SourcedString.nullable(),
  department: SourcedString.nullable(),
  region: SourcedString.nullable(),
  year: SourcedNumber.nullable(),
  reportType: SourcedString.nullable(),
  template: z
    .strictObject({ id: z.string(), confidence: z.number().min(0).max(1), evidence: z.array(z.string()) })
    .nullable(),
  /** canonical department name (short forms expanded), set by the canonicalizer; null without a department */
  departmentKey: z.string().nullable().optional(),
  /** provincial-level division derived from department, region or title (grammars/divisions.json); null when none is named */
  province: derived(z.string()).nullable().optional(),
  /** prefecture-level division derived the same way; null when none is named */
  city: derived(z.string()).nullable().optional(),
})

/** A numbered heading and its body. */
export const Section = z.strictObject({
  id: z.string(),
  parentId: z.string().nullable(),
  /** 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）, 5 = ①; a 第X部分 part is level 0 */
  level: z.number().int().nonnegative(),
  marker: z.string(),
  /** the marker's kind in the numbering grammar ('cn-dun', 'paren-cn', …) */
  markerKind: z.string(),
  ordinal: z.number().int().positive(),
  title: z.string(),
  /** span of the heading (marker + title) */
  span: Span,
  /** span of the section's body, from the heading to the next heading of the same or higher level */
  bodySpan: Span,
})

/** A target or actual value as printed (≥95%), split into operator, number and unit. */
export const Target = z.strictObject({
  op: z.enum(['=', '≥', '≤', '>', '<']).nullable(),
  value: num.nullable(),
  unit: z.string().nullable(),
  raw: z.string(),
})

/** A performance indicator and its score pair (分值, 得分). */
export const Indicator = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** canonical key for comparing across reports (filled by the canonicalizer), null when unknown */
  key: z.string().nullable(),
  parentId: z.string().nullable(),
  /** 1/2/3 for 一级/二级/三级 table indicators; 0 for a flat list */
  level: z.number().int().nonnegative(),
  /** group path as printed (一级, 二级 names) */
  path: z.array(z.string()),
  max: SourcedNumber.nullable(),
  score: SourcedNumber.nullable(),
  target: Target.nullable(),
  actual: Target.nullable(),
  /** where the pair was read: prose sentence or a table row */
  source: z.enum(['prose', 'table']),
  span: Span,
  /** the document's text at `span` (the sentence or row that states the pair), the quote next to the numbers */
  raw: z.string().optional(),
  /** the score table the indicator was read from (ScoreTable id), null for prose pairs */
  tableId: z.string().nullable().optional(),
  /** the row of that table (ScoreRow index), null for prose pairs */
  row: z.number().int().nonnegative().nullable().optional(),
  /** the innermost group (`groups[].id`) the indicator belongs to, null when ungrouped */
  groupId: z.string().nullable().optional(),
  /** the innermost group's label as printed without its maximum (数量指标), null when ungrouped */
  group: z.string().nullable().optional(),
  /** the 一级指标 label (产出指标), without its maximum; null when unstated */
  level1: z.string().nullable().optional(),
  /** the 二级指标 label (数量指标), without its maximum; null when unstated */
  level2: z.string().nullable().optional(),
  /** true when a reading of 分值 or 得分 was chosen among several (a glued split): no check uses it as evidence */
  ambiguous: z.boolean().optional(),
})

/** A group of table indicators (一级/二级 label with its stated maximum), as the score table states it. */
export const IndicatorGroup = z.strictObject({
  id: z.string(),
  tableId: z.string(),
  level: z.union([z.literal(1), z.literal(2)]),
  label: z.string(),
  /** the maximum printed with the label (产出指标(50分)) or in its own 分值 cell; null when unstated */
  max: SourcedNumber.nullable(),
  parentId: z.string().nullable(),
  span: Span,
  /** why the group's membership is not certain (its rows were found by carrying its label down, …): check compares it only as info */
  uncertain: z.string().optional(),
})

/** A score table's identity in the record: its kind and, when it has one, its total row. */
export const ScoreTableInfo = z.strictObject({
  id: z.string(),
  /** 'indicators' (指标 rows), 'funds' (年度资金总额 block), 'mixed' (both in one table) */
  kind: z.enum(['indicators', 'funds', 'mixed']),
  /** memo rows (其中…) the table prints, never indicators */
  memoRows: z.array(z.strictObject({ label: z.string(), span: Span })),
  total: z.strictObject({ score: SourcedNumber.nullable(), max: SourcedNumber.nullable() }).nullable(),
  span: Span,
  /** true when the reader read the table only in part (rows or columns it could not place): check uses none of its values */
  partial: z.boolean().optional(),
})

/** The total score, its maximum (stated, or derived from the indicators) and the grade. */
export const Totals = z.strictObject({
  score: SourcedNumber.nullable(),
  max: z.union([SourcedNumber, derived(num)]).nullable(),
  /** value: the band (优/良/中/差, grammars/grades.json) so reports compare; raw: the word as printed (优 秀, 合格) */
  grade: SourcedString.nullable(),
})

/** A table cell; a printed blank has value null, a missing cell also span null. */
export const Cell = z.strictObject({
  value: num.nullable(),
  raw: z.string(),
  span: Span.nullable(),
})

/** A row of a money table: its label, role, level and one cell per column. */
export const TableRow = z.strictObject({
  label: z.string(),
  labelSpan: Span.nullable(),
  role: z.enum(['item', 'subtotal', 'total', 'memo']),
  level: z.number().int().nonnegative(),
  cells: z.array(Cell),
})

/** A money table read from the document. */
export const Table = z.strictObject({
  id: z.string(),
  /** what kind of table, from the table grammar: 'budget-expenditure', 'project-funds', … */
  kind: z.string().nullable(),
  title: z.string().nullable(),
  unit: z.string().nullable(),
  columns: z.array(z.strictObject({ key: z.string().nullable(), raw: z.string() })),
  rows: z.array(TableRow),
  span: Span,
  /** true when the reader read the table only in part (rows or columns it could not place): check uses none of its values */
  partial: z.boolean().optional(),
})

/** A figure stated in prose, under the key the check rules use. */
export const Fact = z.strictObject({
  key: z.string(),
  label: z.string(),
  value: num,
  unit: z.string().nullable(),
  raw: z.string(),
  span: Span,
  by: z.string(),
  /** read by OCR: the lowest probability of a character of `raw` */
  confidence: z.number().min(0).max(1).optional(),
})

/** Which jixiao made a record: its version and the hash of its grammar files (src/version.ts). */
export const Producer = z.strictObject({
  tool: z.literal('jixiao'),
  version: z.string(),
  grammarHash: z.string(),
})

/** The record of one input. */
export const Report = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** absent in records written before jixiao stamped them */
  producer: Producer.optional(),
  id: z.string(),
  source: SourceInfo,
  meta: Meta,
  sections: z.array(Section),
  indicators: z.array(Indicator),
  /** groups of the table indicators (indicators[].groupId points here) */
  groups: z.array(IndicatorGroup).optional(),
  /** the score tables the table indicators were read from (indicators[].tableId points here) */
  scoreTables: z.array(ScoreTableInfo).optional(),
  totals: Totals,
  tables: z.array(Table),
  facts: z.array(Fact),
  /**
   * PDF only, omitted when none: every table the page geometry gave (ruled grids), as found —
   * rows of cells with rowSpan/colSpan, joined text, bbox, page and the spans of each text piece
   * (see model/layout-table.ts). The indicators and money tables read from them cite the same spans.
   */
  layoutTables: z.array(LayoutTable).optional(),
  diagnostics: z.array(Diagnostic),
  findings: z.array(Diagnostic),
})

export type SourceInfo = z.infer<typeof SourceInfo>
export type Meta = z.infer<typeof Meta>
export type Section = z.infer<typeof Section>
export type Indicator = z.infer<typeof Indicator>
export type IndicatorGroup = z.infer<typeof IndicatorGroup>
export type ScoreTableInfo = z.infer<typeof ScoreTableInfo>
export type Target = z.infer<typeof Target>
export type Totals = z.infer<typeof Totals>
export type Table = z.infer<typeof Table>
export type TableRow = z.infer<typeof TableRow>
export type Cell = z.infer<typeof Cell>
export type Fact = z.infer<typeof Fact>
export type Report = z.infer<typeof Report>
