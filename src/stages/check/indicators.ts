/**
 * Reading the record's indicators for the rules: the sets that each add up to
 * one total (prose pairs; each score table), their leaves, and indicators as
 * sides of a comparison.
 *
 * Indicator sets: prose indicators form one set; table indicators belong to
 * the project table whose money block (a 'project-funds' table) last opened
 * before them, so two 项目支出绩效自评表 in one document are two sets. Ids of
 * the form `<table id>/<n>` name their set directly.
 */
import type { Indicator, Report } from '../../model/report.js'
import type { Side } from './finding.js'
import type { CheckData } from './config.js'

export interface IndicatorSet {
  key: string
  all: Indicator[]
  /** indicators that are no other indicator's parent */
  leaves: Indicator[]
}

function setKey(ind: Indicator, fundsStarts: readonly number[]): string {
  if (ind.source === 'prose') return 'prose'
  const slash = ind.id.lastIndexOf('/')
  if (slash >= 0) return `table:${ind.id.slice(0, slash)}`
  let block = -1
  fundsStarts.forEach((start, i) => {
    if (start <= ind.span.start.offset) block = i
  })
  return `table:funds-${block}`
}

/** The indicator sets of a record, in document order. */
export function indicatorSets(record: Pick<Report, 'indicators' | 'tables'>, data: CheckData): IndicatorSet[] {
  const parents = new Set(record.indicators.map((i) => i.parentId).filter((p): p is string => p !== null))
  const fundsStarts = record.tables
    .filter((t) => t.kind !== null && data.projectForms.fundsTableKinds.includes(t.kind))
    .map((t) => t.span.start.offset)
    .sort((a, b) => a - b)
  const sets = new Map<string, IndicatorSet>()
  for (const ind of record.indicators) {
    const key = setKey(ind, fundsStarts)
    let set = sets.get(key)
    if (!set) sets.set(key, (set = { key, all: [], leaves: [] }))
    set.all.push(ind)
    if (!parents.has(ind.id)) set.leaves.push(ind)
  }
  return [...sets.values()]
}

/** A leaf that holds nothing (a placeholder row such as '指标2 ……'): left out of sums. */
export function isPlaceholder(ind: Indicator): boolean {
  return ind.max === null && ind.score === null
}

export function maxSide(ind: Indicator): Side {
  return { label: `${ind.name} 分值`, raw: ind.max?.raw ?? '', span: ind.max?.span ?? ind.span }
}

export function scoreSide(ind: Indicator): Side {
  return { label: `${ind.name} 得分`, raw: ind.score?.raw ?? '', span: ind.score?.span ?? ind.span }
}
