/**
 * Compiles grammar files into RegExps: the one place in jixiao where regular
 * expressions over document text are built. Fragments (`{{name}}`) are
 * expanded recursively; every pattern gets the 'u' flag.
 */
import type { GrammarFile } from './schema.js'

const FRAGMENT_REF = /\{\{([a-zA-Z0-9_-]+)\}\}/g

/** A grammar pattern compiled, with the examples the tests run. */
export interface CompiledPattern {
  /** 'file-id/pattern-id' */
  id: string
  description: string
  regex: RegExp
  examples: string[]
  counterExamples: string[]
}

/** Expands `{{name}}` references; throws on an unknown or cyclic fragment (a grammar bug). */
export function expandFragments(source: string, fragments: Record<string, string>, seen: string[] = []): string {
  return source.replace(FRAGMENT_REF, (_, name: string) => {
    const body = fragments[name]
    if (body === undefined) throw new Error(`Unknown grammar fragment {{${name}}}`)
    if (seen.includes(name)) throw new Error(`Cyclic grammar fragment {{${name}}}`)
    return expandFragments(body, fragments, [...seen, name])
  })
}

/** Builds a RegExp from grammar text (used for patterns and for regexes held in `data`). */
export function buildRegex(source: string, flags: string, fragments: Record<string, string>): RegExp {
  const f = flags.includes('u') || flags.includes('v') ? flags : flags + 'u'
  return new RegExp(expandFragments(source, fragments), f)
}

/** Merges the fragments of all files; a name defined twice is a grammar bug. */
export function mergeFragments(files: GrammarFile[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const file of files) {
    for (const [name, body] of Object.entries(file.fragments)) {
      if (name in out) throw new Error(`Grammar fragment {{${name}}} defined twice (in ${file.id})`)
      out[name] = body
    }
  }
  return out
}

/** Compiles every pattern of every file. */
export function compilePatterns(files: GrammarFile[], fragments: Record<string, string>): Map<string, CompiledPattern> {
  const out = new Map<string, CompiledPattern>()
  for (const file of files) {
    for (const p of file.patterns) {
      const id = `${file.id}/${p.id}`
      if (out.has(id)) throw new Error(`Grammar pattern ${id} defined twice`)
      let regex: RegExp
      try {
        regex = buildRegex(p.regex, p.flags, fragments)
      } catch (e) {
        throw new Error(`Grammar pattern ${id} does not compile: ${(e as Error).message}`)
      }
      out.set(id, { id, description: p.description, regex, examples: p.examples, counterExamples: p.counterExamples })
    }
  }
  return out
}
