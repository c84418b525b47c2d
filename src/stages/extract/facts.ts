/** Stated figures (支出完成率 97%, 三公经费 11.56 万元) read from prose. (Stub.) */
import type { Context, ExtractInput } from '../../pipeline/types.js'
import type { Fact, Table } from '../../model/report.js'

export function readFacts(_input: ExtractInput, _ctx: Context, _tables: Table[]): Fact[] {
  return []
}
