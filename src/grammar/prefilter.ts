/**
 * A cheap literal prefilter for grammar patterns: the set of characters a
 * match can start with, read from the pattern's source. Many patterns open
 * with lookarounds and alternations of letter-spacing-tolerant literals
 * (`(?:(?<=\p{Script=Han}) )?部…|…`), which the regex engine tries at every
 * position of a document; with the start set, only positions holding one of
 * those characters are tried (a sticky match there), with the same matches
 * in the same order. A pattern whose start cannot be bounded (a class such as
 * \p{…} or \s, `.`, a back-reference, an empty match, the i or v flag) keeps
 * the plain scan. Characters every match contains (the literal
 * characters outside optional parts) are read from the source too: a text
 * without one of them is not scanned at all.
 */

/** Start sets above this size are not worth a prefilter. */
const MAX_START = 64

interface First {
  /** characters the part can start with; null = any */
  chars: Set<string> | null
  /** whether the part can match the empty string */
  nullable: boolean
  /** characters every match of the part contains (never mutated: shared) */
  req?: ReadonlySet<string>
}

const NONE: ReadonlySet<string> = new Set()
const ANY: First = { chars: null, nullable: false }

function reqOf(f: First): ReadonlySet<string> {
  return f.req ?? NONE
}

function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  if (a.size === 0 || b.size === 0) return NONE
  return new Set([...a].filter((c) => b.has(c)))
}

function unite(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  if (b.size === 0) return a
  if (a.size === 0) return b
  return new Set([...a, ...b])
}

class Bail extends Error {}

/** Reads the start set of a regex source (u flag syntax). */
class Reader {
  private i = 0
  constructor(private readonly src: string) {}

  parse(): First {
    const f = this.alternation()
    if (this.i < this.src.length) throw new Bail()
    return f
  }

  private alternation(): First {
    let out = this.sequence()
    while (this.src[this.i] === '|') {
      this.i++
      const next = this.sequence()
      out = { ...union(out, next), req: intersect(reqOf(out), reqOf(next)) }
    }
    return out
  }

  private sequence(): First {
    let chars: Set<string> | null = new Set()
    let nullable = true
    let req = NONE
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.quantified()
      req = unite(req, reqOf(atom))
      if (nullable) {
        chars = chars && atom.chars ? new Set([...chars, ...atom.chars]) : null
        nullable = atom.nullable
      }
    }
    return { chars, nullable, req }
  }

  private quantified(): First {
    const atom = this.atom()
    const c = this.src[this.i]
    let nullable = atom.nullable
    if (c === '?' || c === '*') {
      this.i++
      nullable = true
    } else if (c === '+') {
      this.i++
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.i))
      if (!m) throw new Bail()
      this.i += m[0].length
      if (Number(m[1]) === 0) nullable = true
    } else {
      return atom
    }
    if (this.src[this.i] === '?') this.i++ // lazy
    // a part that may be repeated zero times requires nothing
    return { chars: atom.chars, nullable, req: nullable ? NONE : reqOf(atom) }
  }

  private atom(): First {
    const c = this.src[this.i]!
    if (c === '(') return this.group()
    if (c === '[') return this.cls()
    if (c === '\\') return this.escape()
    if (c === '^' || c === '$') {
      this.i++
      return { chars: new Set(), nullable: true }
    }
    if (c === '.') {
      this.i++
      return ANY
    }
    const cp = this.src.codePointAt(this.i)!
    if (cp > 0xffff) {
      this.i += 2
      return ANY
    }
    this.i++
    return { chars: new Set([c]), nullable: false, req: new Set([c]) }
  }

  private group(): First {
    const rest = this.src.slice(this.i)
    const zeroWidth = /^\((\?=|\?!|\?<=|\?<!)/.exec(rest)
    const open = zeroWidth ?? /^\((\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(rest)!
    if (!zeroWidth && rest.startsWith('(?') && !open[1]) throw new Bail() // modifiers and the like
    this.i += open[0].length
    const inner = this.alternation()
    if (this.src[this.i] !== ')') throw new Bail()
    this.i++
    // a lookaround consumes nothing: skipping it only widens the start set
    return zeroWidth ? { chars: new Set(), nullable: true } : inner
  }

  private cls(): First {
    this.i++
    let any = false
    if (this.src[this.i] === '^') {
      this.i++
      any = true
    }
    const chars = new Set<string>()
    let prev: string | null = null
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new Bail()
      if (this.src[this.i] === '-' && prev !== null && this.src[this.i + 1] !== ']') {
        this.i++
        const end = this.classChar()
        if (end === null) {
          any = true
        } else {
          const from = prev.charCodeAt(0)
          const to = end.charCodeAt(0)
          if (to < from || to - from > MAX_START) any = true
          else for (let x = from; x <= to; x++) chars.add(String.fromCharCode(x))
        }
        prev = null
        continue
      }
      const c = this.classChar()
      if (c === null) any = true
      else chars.add(c)
      prev = c
    }
    this.i++
    return any ? ANY : { chars, nullable: false, req: chars.size === 1 ? chars : NONE }
  }

  /** One character of a class; null when it stands for many (\p{…}, \s) or is outside the BMP. */
  private classChar(): string | null {
    if (this.src[this.i] === '\\') {
      const f = this.escape()
      return f.chars && f.chars.size === 1 && !f.nullable ? [...f.chars][0]! : null
    }
    const cp = this.src.codePointAt(this.i)!
    if (cp > 0xffff) {
      this.i += 2
      return null
    }
    return this.src[this.i++]!
  }

  private escape(): First {
    const c = this.src[this.i + 1]
    if (c === undefined) throw new Bail()
    if (c === 'b' || c === 'B') {
      this.i += 2
      return { chars: new Set(), nullable: true }
    }
    const simple: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' }
    if (simple[c]) {
      this.i += 2
      return { chars: new Set([simple[c]]), nullable: false, req: new Set([simple[c]]) }
    }
    const hex = /^\\u([0-9a-fA-F]{4})/.exec(this.src.slice(this.i))
    if (hex) {
      this.i += hex[0].length
      const ch = String.fromCharCode(parseInt(hex[1]!, 16))
      if (ch >= '\ud800' && ch <= '\udfff') return ANY
      return { chars: new Set([ch]), nullable: false, req: new Set([ch]) }
    }
    // classes (\d \s \w \p{…}), back-references, \u{…}, \x, \c: not bounded here
    const more = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|k<[^>]*>|x[0-9a-fA-F]{2}|c[A-Za-z]|\d+|[A-Za-z])/.exec(this.src.slice(this.i))
    if (more) {
      this.i += more[0].length
      return ANY
    }
    this.i += 2
    return { chars: new Set([c]), nullable: false, req: new Set([c]) }
  }
}

function union(a: First, b: First): First {
  return { chars: a.chars && b.chars ? new Set([...a.chars, ...b.chars]) : null, nullable: a.nullable || b.nullable }
}

/**
 * The characters every match of a regex starts with, or null when they
 * cannot be bounded (then every position has to be tried).
 * @param source the regex source (fragments expanded)
 * @param flags its flags
 */
export function startChars(source: string, flags: string): string[] | null {
  if (flags.includes('i') || flags.includes('v')) return null
  let first: First
  try {
    first = new Reader(source).parse()
  } catch (e) {
    if (e instanceof Bail) return null
    throw e
  }
  if (first.nullable || !first.chars || first.chars.size === 0 || first.chars.size > MAX_START) return null
  return [...first.chars].sort()
}

/**
 * Characters every match of a regex contains (literal characters outside
 * optional parts, alternations and lookarounds; for an alternation, those of
 * every branch), sorted; empty when none is known. A text without one of
 * them holds no match: the scan is skipped.
 * @param source the regex source (fragments expanded)
 * @param flags its flags
 */
export function requiredChars(source: string, flags: string): string[] {
  if (flags.includes('i') || flags.includes('v')) return []
  try {
    return [...reqOf(new Reader(source).parse())].sort()
  } catch (e) {
    if (e instanceof Bail) return []
    throw e
  }
}

/** How a global grammar regex is run over a text: the prefilter and a sticky copy, when it has a start set. */
export interface Scanner {
  /** every match, from the start of the text, as `text.matchAll(regex)` gives them */
  matchAll(text: string): RegExpExecArray[]
}

const scanners = new WeakMap<RegExp, Scanner>()

function escapeClassChar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** Builds the scanner of a global regex (cached per regex). */
export function scannerOf(re: RegExp): Scanner {
  let s = scanners.get(re)
  if (s) return s
  const chars = re.global ? startChars(re.source, re.flags) : null
  const required = re.global ? requiredChars(re.source, re.flags) : []
  const absent = (text: string) => {
    for (const c of required) if (text.indexOf(c) < 0) return true
    return false
  }
  if (!chars) {
    s = {
      matchAll(text) {
        if (absent(text)) return []
        re.lastIndex = 0
        const out = [...text.matchAll(re)]
        re.lastIndex = 0
        return out as RegExpExecArray[]
      },
    }
  } else {
    const candidates = new RegExp(`[${chars.map(escapeClassChar).join('')}]`, 'g')
    const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')
    s = {
      matchAll(text) {
        const out: RegExpExecArray[] = []
        if (absent(text)) return out
        let pos = 0
        while (pos <= text.length) {
          candidates.lastIndex = pos
          const c = candidates.exec(text)
          if (!c) break
          sticky.lastIndex = c.index
          const m = sticky.exec(text)
          if (m) {
            out.push(m)
            // matches are never empty (a nullable pattern has no start set)
            pos = m.index + m[0].length
          } else {
            pos = c.index + 1
          }
        }
        return out
      },
    }
  }
  scanners.set(re, s)
  return s
}
