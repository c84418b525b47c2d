/**
 * The grade vocabulary of grammars/grades.json, shared by every reader and
 * rule that meets a grade: the words reports print (优秀, 良好, 合格, …, also
 * spaced out as 优 秀) and the band each one means (优/良/中/差). A grade is
 * recorded as its band, so reports compare; its raw text keeps the word.
 */
import { z } from 'zod'
import type { Grammar } from './load.js'

const GradesData = z.looseObject({
  words: z.array(z.strictObject({ word: z.string(), band: z.string() })),
})

const bandsByGrammar = new WeakMap<Grammar, Map<string, string>>()

/** Characters dropped from a printed grade word: white space and quotation marks (“优 秀” → 优秀). */
const DROPPED = new Set([' ', '\t', '\n', '\r', '\u3000', '\u00a0', '“', '”', '"', "'", '‘', '’', '「', '」', '『', '』'])

function foldGradeWord(word: string): string {
  let out = ''
  for (const ch of word) if (!DROPPED.has(ch)) out += ch
  return out
}

/** Printed word (folded) → band. */
export function gradeBands(grammar: Grammar): Map<string, string> {
  let bands = bandsByGrammar.get(grammar)
  if (!bands) {
    bands = new Map(grammar.data('grades', GradesData).words.map((w) => [foldGradeWord(w.word), w.band]))
    bandsByGrammar.set(grammar, bands)
  }
  return bands
}

/** The band a printed grade word means (`优 秀` → 优), or null when it is not a grade word. */
export function bandOf(grammar: Grammar, word: string): string | null {
  return gradeBands(grammar).get(foldGradeWord(word)) ?? null
}

/** Every printed word that means the band (优 → 优, 优秀). */
export function wordsOfBand(grammar: Grammar, band: string): string[] {
  return [...gradeBands(grammar)].filter(([, b]) => b === band).map(([w]) => w)
}
