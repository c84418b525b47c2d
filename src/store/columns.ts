/**
 * write/columns: what each column of the long-format tables means, for
 * people: its Chinese name, a one-line meaning, its unit and its type. The
 * CSV files keep the stable English names (machine-friendly, the contract of
 * scripts); the xlsx export shows the Chinese names and a 字段说明 sheet, and
 * the Parquet export types its columns from `type`.
 */
import { HEADERS, type LongCsvName } from './csv-rows.js'

/** How a column's cells are typed: text (ids kept as text), whole numbers, numbers, or numbers whose unit column may say %. */
export type ColumnType = 'id' | 'text' | 'int' | 'number'

/** One column, for people. */
export interface ColumnInfo {
  /** the CSV header (English, stable) */
  key: string
  zh: string
  meaning: string
  /** the unit, or where to find it */
  unit: string
  type: ColumnType
  /** the column that holds this number's unit (a % there makes the cell a percentage) */
  unitColumn?: string
}

type Info = Omit<ColumnInfo, 'key'>
const t = (zh: string, meaning: string, type: ColumnType = 'text', unit = '', unitColumn?: string): Info =>
  unitColumn ? { zh, meaning, type, unit, unitColumn } : { zh, meaning, type, unit }

/** Meaning by column name; `file:column` entries override for columns whose meaning depends on the file. */
const INFO: Record<string, Info> = {
  report_id: t('报告编号', '内容哈希的前16位十六进制数字，同一文件永远同一编号（文本，勿当数字）', 'id'),
  path: t('文件路径', '输入文件的路径'),
  sha256: t('文件哈希', '输入文件内容的 SHA-256', 'id'),
  format: t('格式', 'pdf 或 text（文本）'),
  encoding: t('编码', '文本文件的字符编码；PDF 为空'),
  pages: t('页数', 'PDF 页数；文本文件按换页符计', 'int', '页'),
  title: t('标题', '报告标题（原文）'),
  department: t('部门', '报告所属部门或单位（原文）'),
  region: t('地区', '部门名称前的地名（原文，可能是市、县或乡镇）'),
  province: t('省份', '由部门、地区和模板推出的省级行政区'),
  city: t('地市', '由部门和地区推出的地级行政区'),
  year: t('年度', '评价的预算年度', 'int', '年'),
  report_type: t('报告类型', '部门整体支出或项目支出等'),
  template: t('模板', '识别出的报告模板编号'),
  total_score: t('总得分', '报告给出的自评总分', 'number', '分'),
  total_max: t('总分值', '满分：报告写明的，或由各指标分值相加推出（见规则列）', 'number', '分'),
  total_max_rule: t('总分值推导规则', '总分值非原文时，推出它的规则'),
  grade: t('等级', '评价等级（优/良/中/差）'),
  sections: t('章节数', '识别出的标题数', 'int', '个'),
  indicators: t('指标数', '读出的指标（分值、得分）数', 'int', '个'),
  tables: t('表格数', '读出的资金表数', 'int', '个'),
  facts: t('事实数', '正文中读出的数字陈述数', 'int', '个'),
  diagnostic_errors: t('读取错误数', '读取时的错误诊断数', 'int', '个'),
  diagnostic_warnings: t('读取警告数', '读取时的警告诊断数', 'int', '个'),
  finding_errors: t('校验错误数', '一致性校验的错误数', 'int', '个'),
  finding_warnings: t('校验警告数', '一致性校验的警告数', 'int', '个'),
  indicator_id: t('指标编号', '报告内的指标编号', 'id'),
  name: t('指标名称', '原文指标名称'),
  key: t('标准指标', '跨报告比较用的标准指标名；无法对应时为空'),
  level: t('指标级次', '1/2/3 为一级/二级/三级指标，0 为正文列举', 'int'),
  'indicators.csv:path': t('上级指标', '一级 > 二级 指标名称'),
  source: t('来源', 'prose 正文 / table 表格'),
  max: t('分值', '指标满分', 'number', '分'),
  score: t('得分', '指标得分', 'number', '分'),
  target_op: t('目标符号', '≥、≤、= 等'),
  target_value: t('目标值', '年度目标的数值', 'number', '见目标单位', 'target_unit'),
  target_unit: t('目标单位', '目标值的单位（% 等）'),
  target_quote: t('目标原文', '目标值的原文'),
  actual_op: t('实际符号', '≥、≤、= 等'),
  actual_value: t('实际值', '实际完成的数值', 'number', '见实际单位', 'actual_unit'),
  actual_unit: t('实际单位', '实际值的单位（% 等）'),
  actual_quote: t('实际原文', '实际值的原文'),
  page: t('页', '所在页（PDF 页码，从 1 起）', 'int'),
  line: t('行', '所在行（页内行号）', 'int'),
  quote: t('原文', '数字所在的原文（换行已并为空格）'),
  table_id: t('表格编号', '报告内的表格编号', 'id'),
  'tables.csv:kind': t('表格类型', '表格语法中的类型（预算支出、项目资金等）'),
  'tables.csv:title': t('表格标题', '表格标题（原文）'),
  'tables.csv:unit': t('金额单位', '表格的金额单位（万元、元）'),
  row: t('行序', '表内行序号', 'int'),
  row_label: t('行名称', '行的名称（原文）'),
  row_role: t('行类型', 'item 明细 / subtotal 小计 / total 合计 / memo 备注'),
  row_level: t('行级次', '行的层级', 'int'),
  column: t('列序', '表内列序号', 'int'),
  column_key: t('列含义', '列的标准含义（年初预算、调整预算、决算等）'),
  column_header: t('列标题', '列标题（原文）'),
  'tables.csv:value': t('金额', '单元格数值', 'number', '见金额单位', 'unit'),
  'facts.csv:key': t('事实键', '校验规则使用的键'),
  label: t('说明', '数字陈述的标签（原文）'),
  'facts.csv:value': t('数值', '陈述的数值', 'number', '见单位', 'unit'),
  'facts.csv:unit': t('单位', '数值的单位'),
  by: t('读取规则', '读出该数字的语法规则'),
  'findings.csv:path': t('文件路径', '输入文件的路径'),
  'findings.csv:kind': t('类别', 'finding 校验发现 / diagnostic 读取诊断'),
  severity: t('严重程度', 'error 错误 / warning 警告'),
  code: t('代码', '诊断或规则代码'),
  stage: t('阶段', '产生它的处理阶段'),
  message: t('说明', '问题说明'),
  expected: t('期望值', '规则推出的值'),
  actual: t('实际值', '报告写的值'),
  related: t('相关位置', '另一方的位置与说明'),
}

/** Columns ending in _page, _line, _quote repeat their base column's place. */
function derivedInfo(key: string): Info | null {
  for (const [suffix, what, type] of [['_page', '所在页', 'int'], ['_line', '所在行', 'int'], ['_quote', '原文', 'text']] as const) {
    if (!key.endsWith(suffix)) continue
    const base = INFO[key.slice(0, -suffix.length)]
    if (base) return t(`${base.zh}${what}`, `${base.zh}的${what}`, type)
  }
  return null
}

/** The columns of a long-format file, for people. */
export function columnsOf(file: LongCsvName): ColumnInfo[] {
  return HEADERS[file].map((key) => {
    const info = INFO[`${file}:${key}`] ?? INFO[key] ?? derivedInfo(key)
    if (!info) throw new Error(`no column description for ${file}:${key}`)
    return { key, ...info }
  })
}
