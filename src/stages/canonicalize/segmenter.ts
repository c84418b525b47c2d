/**
 * The process-wide nodejieba segmenter. jieba's dictionary is one global per
 * process and costs ≈0.7–1.3 s and ≈250 MB RSS to load, so the native module
 * is required and `load({ userDict })` called lazily, on the first name that
 * really needs segmenting, and exactly once. nodejieba's `load` keeps its
 * default main and HMM dictionaries when only `userDict` is given; the user
 * dictionary replaces its tiny default user dictionary.
 *
 * nodejieba is an optional dependency (it compiles from source, so a machine
 * without a C++ toolchain installs jixiao without it). When it cannot be
 * loaded, names are cut by `Intl.Segmenter` (ICU's word breaker, no domain
 * dictionary): coarser, but the same lookup rules run on its words, and the
 * canonicalize stage says so in a warning.
 */
import { createRequire } from 'node:module'

/** The part of nodejieba's API used here (typed locally: the package may be absent). */
export interface Jieba {
  load(options: { userDict: string }): void
  cut(text: string, hmm: boolean): string[]
}

const requireCjs = createRequire(import.meta.url)

let jieba: Jieba | null = null
let loadedDict: string | null = null
let failure: string | null = null
let loads = 0
let intl: Intl.Segmenter | null = null

/** Which segmenter cut the words: nodejieba with the user dictionary, or the ICU fallback. */
export type SegmenterEngine = 'jieba' | 'intl'

/** What the segmenter has done in this process (for diagnostics, tests and benchmarks). */
export interface SegmenterStatus {
  loaded: boolean
  /** the engine in use, null before the first cut */
  engine: SegmenterEngine | null
  /** how many times the dictionary was loaded (0 or 1) */
  loads: number
  userDict: string | null
  /** why the segmenter is unavailable, or null */
  error: string | null
}

/** The segmenter's state in this process. */
export function segmenterStatus(): SegmenterStatus {
  return { loaded: jieba !== null, engine: jieba !== null ? 'jieba' : failure !== null ? 'intl' : null, loads, userDict: loadedDict, error: failure }
}

/** ICU word segmentation; digit runs stay whole, spaces and punctuation are dropped. */
function intlCut(text: string): string[] {
  intl ??= new Intl.Segmenter('zh', { granularity: 'word' })
  const words: string[] = []
  for (const s of intl.segment(text)) if (s.isWordLike) words.push(s.segment)
  return words
}

/**
 * Cuts `text` into words (HMM on, so digit runs stay whole). Loads the
 * dictionary with `userDict` on the first call; later calls reuse it (the
 * first dictionary path wins for the whole process). Without nodejieba the
 * words come from `Intl.Segmenter`.
 * @param text the text to cut
 * @param userDict path of the user dictionary to load on first use
 * @returns the words and the engine that cut them
 */
export function cut(text: string, userDict: string): { words: string[]; engine: SegmenterEngine } {
  if (failure === null && jieba === null) {
    try {
      const j = requireCjs('nodejieba') as Jieba
      j.load({ userDict })
      loads += 1
      loadedDict = userDict
      jieba = j
    } catch (e) {
      failure = e instanceof Error ? e.message.split('\n')[0]! : String(e)
    }
  }
  if (jieba === null) return { words: intlCut(text), engine: 'intl' }
  return { words: jieba.cut(text, true), engine: 'jieba' }
}
