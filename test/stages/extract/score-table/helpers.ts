/** Runs the score-table reader on a text or a fixture, the way the extract stage does. */
import { readFileSync } from 'node:fs'
import { earlyStages, fileDoc, textDoc } from '../../../helpers/pipeline.js'
import { readScoreTables } from '../../../../src/stages/extract/score-table/index.js'

export function readText(text: string) {
  return run(textDoc(text))
}

export function readFixture(name: string) {
  return run(fileDoc(`fixtures/${name}/input.txt`))
}

export function expectedOf(name: string): { indicators: Array<{ name: string; max: number | null; score: number | null }>; total_score: number | null } {
  return JSON.parse(readFileSync(`fixtures/${name}/expected.json`, 'utf8'))
}

function run(doc: ReturnType<typeof textDoc>) {
  const e = earlyStages(doc)
  const ctx = e.ctx('extract')
  const result = readScoreTables({ lines: e.lines, norm: e.norm, outline: { sections: [] } }, ctx)
  return { ...result, doc, diagnostics: e.diagnostics }
}
