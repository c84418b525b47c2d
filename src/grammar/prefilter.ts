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
/** Anchors kept per pattern (the scan takes the rarest in the text). */
const MAX_ANCHORS = 4

interface First {
  /** characters the part can start with; null = any */
  chars: Set<string> | null
  /** whether the part can match the empty string */
  nullable: boolean
  /** characters every match of the part contains (never mutated: shared) */
  req?: ReadonlySet<string>
  /** at most this many code points of a match of the part are not white space (undefined = no bound) */
  nw?: number
}

/** A literal character of the top-level sequence that every match holds, and how much can stand before it. */
export interface Anchor {
  char: string
  /** at most this many code points that are not white space stand between a match's start and the anchor */
  before: number
}

/** Whether a UTF-16 code unit is white space as `\s` and String.prototype.trim see it (WhiteSpace and LineTerminator of ECMAScript); normalize's keys and the text-table tokens use it too. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

const nwOf = (f: First) => f.nw ?? Infinity
const charNw = (c: string) => (isWhiteSpace(c.charCodeAt(0)) ? 0 : 1)

const NONE: ReadonlySet<string> = new Set()
// one atom consumes one code point (u flag) or one code unit, so at most one code point
const ANY: First = { chars: null, nullable: false, nw: 1 }

function reqOf(f: First): ReadonlySet<string> {
  return f.req ?? NONE
}

function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  if (a.size === 0 || b.size === 0) return NONE
  return new Set([...a].filter((c) => b.has(c)))
}


class Bail extends Error {}

/** Reads the start set of a regex source (u flag syntax). */
class Reader {
  private i = 0
  private depth = 0
  /** the literals of the top-level sequence with a bounded part before them (the first few) */
  anchors: Anchor[] = []
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
      if (this.depth === 0) this.anchors = [] // alternatives at the top: no anchor
      const next = this.sequence()
      out = { ...union(out, next), req: intersect(reqOf(out), reqOf(next)), nw: Math.max(nwOf(out), nwOf(next)) }
      if (this.depth === 0) this.anchors = []
    }
    return out
  }

  private sequence(): First {
    let chars: Set<string> | null = new Set()
    let nullable = true
    const req = new Set<string>()
    let nw = 0
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const at = this.i
      const atom = this.quantified()
      // a plain literal character standing alone at the top level (not quantified, not white space)
      if (this.depth === 0 && this.anchors.length < MAX_ANCHORS && nw < Infinity && this.i === at + 1 && !'\\^$.|?*+()[]{}'.includes(this.src[at]!) && charNw(this.src[at]!) === 1)
        this.anchors.push({ char: this.src[at]!, before: nw })
      for (const c of reqOf(atom)) req.add(c)
      nw += nwOf(atom)
      if (nullable) {
        chars = chars && atom.chars ? new Set([...chars, ...atom.chars]) : null
        nullable = atom.nullable
      }
    }
    return { chars, nullable, req, nw }
  }

  private quantified(): First {
    const atom = this.atom()
    const c = this.src[this.i]
    let nullable = atom.nullable
    let times = 1
    if (c === '?' || c === '*') {
      this.i++
      nullable = true
      times = c === '?' ? 1 : Infinity
    } else if (c === '+') {
      this.i++
      times = Infinity
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.i))
      if (!m) throw new Bail()
      this.i += m[0].length
      if (Number(m[1]) === 0) nullable = true
      times = m[2] === undefined ? Number(m[1]) : m[2] === ',' ? Infinity : Number(m[2].slice(1))
    } else {
      return atom
    }
    if (this.src[this.i] === '?') this.i++ // lazy
    const nw = nwOf(atom) === 0 ? 0 : times * nwOf(atom)
    // a part that may be repeated zero times requires nothing
    return { chars: atom.chars, nullable, req: nullable ? NONE : reqOf(atom), nw }
  }

  private atom(): First {
    const c = this.src[this.i]!
    if (c === '(') return this.group()
    if (c === '[') return this.cls()
    if (c === '\\') return this.escape()
    if (c === '^' || c === '$') {
      this.i++
      return { chars: new Set(), nullable: true, nw: 0 }
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
    return { chars: new Set([c]), nullable: false, req: new Set([c]), nw: charNw(c) }
  }

  private group(): First {
    const rest = this.src.slice(this.i)
    const zeroWidth = /^\((\?=|\?!|\?<=|\?<!)/.exec(rest)
    const open = zeroWidth ?? /^\((\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(rest)!
    if (!zeroWidth && rest.startsWith('(?') && !open[1]) throw new Bail() // modifiers and the like
    this.i += open[0].length
    this.depth++
    const inner = this.alternation()
    this.depth--
    if (this.src[this.i] !== ')') throw new Bail()
    this.i++
    // a lookaround consumes nothing: skipping it only widens the start set
    return zeroWidth ? { chars: new Set(), nullable: true, nw: 0 } : inner
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
    // whether every character of the class is white space ([ \t\u3000\r\n], [\s])
    let white = !any
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new Bail()
      if (this.src.startsWith('\\s', this.i)) {
        this.i += 2
        any = true
        prev = null
        continue
      }
      if (this.src[this.i] === '-' && prev !== null && this.src[this.i + 1] !== ']') {
        this.i++
        white = false
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
      if (c === null || charNw(c) === 1) white = false
      prev = c
    }
    this.i++
    const nw = white ? 0 : 1
    return any ? { ...ANY, nw } : { chars, nullable: false, req: chars.size === 1 ? chars : NONE, nw }
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
      return { chars: new Set(), nullable: true, nw: 0 }
    }
    const simple: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' }
    if (simple[c]) {
      this.i += 2
      return { chars: new Set([simple[c]]), nullable: false, req: new Set([simple[c]]), nw: 0 }
    }
    const hex = /^\\u([0-9a-fA-F]{4})/.exec(this.src.slice(this.i))
    if (hex) {
      this.i += hex[0].length
      const ch = String.fromCharCode(parseInt(hex[1]!, 16))
      if (ch >= '\ud800' && ch <= '\udfff') return ANY
      return { chars: new Set([ch]), nullable: false, req: new Set([ch]), nw: charNw(ch) }
    }
    // classes (\d \s \w \p{…}), back-references, \u{…}, \x, \c: not bounded here
    const more = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|k<[^>]*>|x[0-9a-fA-F]{2}|c[A-Za-z]|\d+|[A-Za-z])/.exec(this.src.slice(this.i))
    if (more) {
      this.i += more[0].length
      // \s matches white space only; a back-reference may be of any length
      if (more[0] === '\\s') return { ...ANY, nw: 0 }
      return /^\\(?:k<|\d)/.test(more[0]) ? { ...ANY, nw: Infinity } : ANY
    }
    this.i += 2
    return { chars: new Set([c]), nullable: false, req: new Set([c]), nw: charNw(c) }
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
  return readPattern(source, flags).start
}

/** What the scanner uses of a pattern: its start set, required characters and anchor. */
export interface PatternFacts {
  start: string[] | null
  required: string[]
  anchors: Anchor[]
}

/** The start set, the required characters and the anchor of a regex, from one reading of its source. */
export function readPattern(source: string, flags: string): PatternFacts {
  const none: PatternFacts = { start: null, required: [], anchors: [] }
  if (flags.includes('i') || flags.includes('v')) return none
  let first: First
  const reader = new Reader(source)
  try {
    first = reader.parse()
  } catch (e) {
    if (e instanceof Bail) return none
    throw e
  }
  const required = [...reqOf(first)].sort()
  const anchors = reader.anchors
  if (first.nullable || !first.chars || first.chars.size === 0 || first.chars.size > MAX_START) return { start: null, required, anchors }
  return { start: [...first.chars].sort(), required, anchors }
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
  return readPattern(source, flags).required
}
