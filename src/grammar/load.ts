/**
 * Loads grammars/*.json once per process, validates them with zod and
 * compiles their patterns. Consumers ask for a pattern by id
 * (`grammar.regex('numbering/cn-dun')`) or for a file's data, validated by the
 * consumer's own zod schema (`grammar.data('units', UnitsData)`).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
import { GrammarFile } from './schema.js'
import { safeParse } from '../model/validate.js'
import { GRAMMAR_DIR } from '../package-root.js'
import { buildRegex, compileRegex, describePattern, mergeFragments, patternSpecs, type CompiledPattern } from './compile.js'

export { GRAMMAR_DIR } from '../package-root.js'

/** The compiled grammars: patterns by id, files' data, and resources. */
export interface Grammar {
  readonly files: readonly GrammarFile[]
  /** Every pattern, compiled and checked (all of them on first read; checkGrammar reads it) */
  readonly patterns: ReadonlyMap<string, CompiledPattern>
  /** The compiled RegExp of a pattern. Shared: for 'g'/'y' patterns set lastIndex before exec, or use matchAll. */
  regex(id: string): RegExp
  /** A grammar file's `data`, validated once per schema and cached. */
  data<S extends z.ZodType>(fileId: string, schema: S): z.infer<S>
  /** Compiles a regex held in data (fragments expanded); cached by source+flags. */
  compile(source: string, flags?: string): RegExp
  /** Path of a non-JSON resource in grammars/ (the jieba user dictionary). */
  resource(name: string): string
}

/** Reads and validates the grammar files in a folder. Throws with the file name on an invalid file. */
export function readGrammarFiles(dir: string = GRAMMAR_DIR): GrammarFile[] {
  const names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort()
  return names.map((name) => {
    const path = join(dir, name)
    const parsed = safeParse(GrammarFile, JSON.parse(readFileSync(path, 'utf8')))
    if (!parsed.success) throw new Error(`Invalid grammar file ${path}: ${parsed.error.message}`)
    return parsed.data
  })
}

/**
 * Builds a Grammar from validated files. Fragments and pattern ids are checked
 * now; a pattern is compiled when it is first asked for (`regex(id)`), and
 * every pattern with its checks when `patterns` is first read (checkGrammar
 * does that before a run, so that a broken pattern stops the run before any
 * input is read). A worker thread, whose grammar the main thread has checked,
 * so compiles only the patterns its documents use.
 */
export function createGrammar(files: GrammarFile[], dir: string = GRAMMAR_DIR): Grammar {
  const fragments = mergeFragments(files)
  const specs = patternSpecs(files)
  const regexes = new Map<string, RegExp>()
  let all: Map<string, CompiledPattern> | undefined
  const byId = new Map(files.map((f) => [f.id, f]))
  // cached per file and per schema: two consumers may read one file with different schemas
  const dataCache = new Map<string, WeakMap<z.ZodType, unknown>>()
  const regexCache = new Map<string, RegExp>()
  const regex = (id: string): RegExp => {
    let r = regexes.get(id)
    if (!r) {
      const spec = specs.get(id)
      if (!spec) throw new Error(`Unknown grammar pattern ${id}`)
      regexes.set(id, (r = compileRegex(id, spec, fragments)))
    }
    return r
  }
  return {
    files,
    get patterns() {
      // the same RegExp objects as regex(id) gives
      if (!all) {
        const out = new Map<string, CompiledPattern>()
        for (const [id, spec] of specs) out.set(id, describePattern(id, spec, regex(id)))
        all = out
      }
      return all
    },
    regex,
    data(fileId, schema) {
      let perSchema = dataCache.get(fileId)
      if (!perSchema) dataCache.set(fileId, (perSchema = new WeakMap()))
      if (perSchema.has(schema)) return perSchema.get(schema) as never
      const file = byId.get(fileId)
      if (!file) throw new Error(`Unknown grammar file ${fileId}`)
      const parsed = safeParse(schema, file.data)
      if (!parsed.success) throw new Error(`Invalid data in grammar ${fileId}: ${parsed.error.message}`)
      perSchema.set(schema, parsed.data)
      return parsed.data as never
    },
    compile(source, flags = '') {
      const key = flags + '\u0000' + source
      let r = regexCache.get(key)
      if (!r) {
        r = buildRegex(source, flags, fragments)
        regexCache.set(key, r)
      }
      return r
    },
    resource(name) {
      return join(dir, name)
    },
  }
}

let shared: Grammar | undefined

/** The process-wide grammar, loaded on first use (its patterns compiled as they are used). */
export function loadGrammar(): Grammar {
  shared ??= createGrammar(readGrammarFiles())
  return shared
}

/** The files of the process-wide grammar if it is loaded (handed to worker threads), else null. */
export function loadedGrammarFiles(): readonly GrammarFile[] | null {
  return shared ? shared.files : null
}

/**
 * Makes files read and validated by another thread this thread's grammar (a
 * worker's, from the main thread that checked them), unless one is loaded.
 */
export function useGrammarFiles(files: GrammarFile[]): void {
  shared ??= createGrammar(files)
}

/**
 * Loads the process-wide grammar and compiles every pattern with its checks
 * now; throws with the file or pattern at fault. The command line runs it
 * before reading any input.
 */
export function checkGrammar(): Grammar {
  const grammar = loadGrammar()
  void grammar.patterns
  return grammar
}

/** grammars/eval/: grammar files the evaluation reads on top of the production ones (never the pipeline). */
export const EVAL_GRAMMAR_DIR = join(GRAMMAR_DIR, 'eval')

const withEval = new WeakMap<Grammar, Grammar>()

/**
 * A grammar with the evaluation's files (grammars/eval/) added, built once per
 * grammar: pattern ids `eval/…` there, every production pattern as well.
 * @param grammar the production grammar (default: the process-wide one)
 */
export function evalGrammar(grammar: Grammar = loadGrammar()): Grammar {
  let g = withEval.get(grammar)
  if (!g) withEval.set(grammar, (g = createGrammar([...grammar.files, ...readGrammarFiles(EVAL_GRAMMAR_DIR)])))
  return g
}
