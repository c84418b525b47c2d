/**
 * Building an Indicator record from what a reader found. Every reader (prose
 * pairs, each score-table layout) fills the same shape; the canonical key and
 * parent are never known at reading time (canonicalize fills the key), and a
 * flat, target-less pair is the common case.
 */
import type { Indicator } from '../../model/report.js'

export type IndicatorFields = Pick<Indicator, 'id' | 'name' | 'max' | 'score' | 'source' | 'span'> &
  Partial<Pick<Indicator, 'level' | 'path' | 'target' | 'actual'>>

/** An Indicator with key and parent unset, level 0, no group path and no target unless given (fields in record order). */
export function newIndicator(f: IndicatorFields): Indicator {
  return {
    id: f.id,
    name: f.name,
    key: null,
    parentId: null,
    level: f.level ?? 0,
    path: f.path ?? [],
    max: f.max,
    score: f.score,
    target: f.target ?? null,
    actual: f.actual ?? null,
    source: f.source,
    span: f.span,
  }
}
