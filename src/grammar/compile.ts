/**
 * Compiles grammar files into RegExps: the one place in jixiao where regular
 * expressions over document text are built. Fragments (`{{name}}`) are
 * expanded recursively; every pattern gets the 'u' flag.
 *
 * A loose literal `{{~部门整体支出}}` is a run of Han characters that allows
 * one space before each of its characters where a Han character precedes
 * that space: a line that broke inside a word and was flowed into one line
 * (支出完成 率) reads as the word. Two spaces, a line break or punctuation
 * still end it. `{{_}}` is that optional space on its own (the built-in
 * fragment loose literals are made of; patterns written with it still
 * compile).
 */
import type { CaptureExample, GrammarFile, PatternSpec } from './schema.js'

const FRAGMENT_REF = /\{\{([a-zA-Z0-9_-]+|~[^{}]+)\}\}/g
const HAN_RUN = /^\p{Script=Han}+$/u

/** One optional space after a Han character. */
const LOOSE_SPACE = '(?:(?<=\\p{Script=Han}) )?'

/** Fragments every grammar has; a file may repeat one only with the same body. */
export const BUILTIN_FRAGMENTS: Readonly<Record<string, string>> = { _: LOOSE_SPACE }

/** The regex source of a loose literal's text (`部门` → `{{_}}部{{_}}门`, expanded). */
export function looseLiteral(text: string): string {
  if (!HAN_RUN.test(text)) throw new Error(`Loose literal {{~${text}}} must be Han characters only`)
  let out = ''
  for (const ch of text) out += LOOSE_SPACE + ch
  return out
}

/** A grammar pattern compiled, with the examples the tests run. */
export interface CompiledPattern {
  /** 'file-id/pattern-id' */
  id: string
  description: string
  regex: RegExp
  /** texts the pattern must match */
  examples: string[]
  /** examples that also say what the named groups capture */
  captures: CaptureExample[]
  counterExamples: string[]
  /** the names of its capturing groups, in order (every capturing group has one) */
  groups: string[]
}

/**
 * The names of a regex's capturing groups, in order; throws when one has no name (code reads
 * groups by name, and examples assert what each one captures). Read from the source of the
 * compiled regex (so its syntax is valid): every `(` that is not escaped, not inside a class
 * and not `(?` opens a capturing group without a name, `(?<name>` one with a name. Reading the
 * source costs nothing next to running the regex once, which would compile it.
 */
export function groupNames(regex: RegExp): string[] {
  const s = regex.source
  // with the v flag, classes nest ([\p{L}--[a-z]])
  const nested = regex.flags.includes('v')
  const names: string[] = []
  let unnamed = 0
  let depth = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') {
      i++
    } else if (depth > 0) {
      if (c === ']') depth--
      else if (c === '[' && nested) depth++
    } else if (c === '[') {
      depth = 1
    } else if (c === '(') {
      if (s[i + 1] !== '?') unnamed++
      else if (s[i + 2] === '<' && s[i + 3] !== '=' && s[i + 3] !== '!') names.push(s.slice(i + 3, s.indexOf('>', i + 3)))
    }
  }
  if (unnamed > 0) throw new Error(`${unnamed} capturing group(s) without a name: write (?<name>…), or (?:…) when nothing is read`)
  return names
}

/** Expands `{{name}}` references; throws on an unknown or cyclic fragment (a grammar bug). */
export function expandFragments(source: string, fragments: Record<string, string>, seen: string[] = []): string {
  return source.replace(FRAGMENT_REF, (_, name: string) => {
    if (name.startsWith('~')) return looseLiteral(name.slice(1))
    const body = fragments[name] ?? BUILTIN_FRAGMENTS[name]
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
      if (name in BUILTIN_FRAGMENTS) {
        if (body !== BUILTIN_FRAGMENTS[name]) throw new Error(`Grammar fragment {{${name}}} is built in (in ${file.id})`)
        continue
      }
      if (name in out) throw new Error(`Grammar fragment {{${name}}} defined twice (in ${file.id})`)
      out[name] = body
    }
  }
  return out
}

/** A pattern's RegExp alone (what a consumer asks for); throws `Grammar pattern ID does not compile: …`. */
export function compileRegex(id: string, spec: PatternSpec, fragments: Record<string, string>): RegExp {
  try {
    return buildRegex(spec.regex, spec.flags, fragments)
  } catch (e) {
    throw new Error(`Grammar pattern ${id} does not compile: ${(e as Error).message}`)
  }
}

/**
 * A pattern with its checks: every capturing group named, every example's captures among them.
 * @param regex its RegExp, from compileRegex
 */
export function describePattern(id: string, spec: PatternSpec, regex: RegExp): CompiledPattern {
  let groups: string[]
  try {
    groups = groupNames(regex)
  } catch (e) {
    throw new Error(`Grammar pattern ${id} does not compile: ${(e as Error).message}`)
  }
  const examples = spec.examples.map((e) => (typeof e === 'string' ? e : e.text))
  const captures = spec.examples.filter((e): e is CaptureExample => typeof e !== 'string')
  for (const c of captures) {
    const unknown = Object.keys(c.captures).filter((name) => !groups.includes(name))
    if (unknown.length > 0) throw new Error(`Grammar pattern ${id}: example captures unknown groups ${unknown.join(', ')}`)
  }
  return { id, description: spec.description, regex, examples, captures, counterExamples: spec.counterExamples, groups }
}

/** Every pattern of every file by id ('file-id/pattern-id'), not compiled; throws on an id defined twice. */
export function patternSpecs(files: GrammarFile[]): Map<string, PatternSpec> {
  const out = new Map<string, PatternSpec>()
  for (const file of files) {
    for (const p of file.patterns) {
      const id = `${file.id}/${p.id}`
      if (out.has(id)) throw new Error(`Grammar pattern ${id} defined twice`)
      out.set(id, p)
    }
  }
  return out
}

/** Compiles and checks every pattern of every file. */
export function compilePatterns(files: GrammarFile[], fragments: Record<string, string>): Map<string, CompiledPattern> {
  const out = new Map<string, CompiledPattern>()
  for (const [id, spec] of patternSpecs(files)) out.set(id, describePattern(id, spec, compileRegex(id, spec, fragments)))
  return out
}
