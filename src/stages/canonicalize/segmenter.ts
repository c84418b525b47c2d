/**
 * The process-wide nodejieba segmenter. jieba's dictionary is one global per
 * process and costs ≈0.7–1.3 s and ≈250 MB RSS to load, so the native module
 * is required and `load({ userDict })` called lazily, on the first name that
 * really needs segmenting, and exactly once. nodejieba's `load` keeps its
 * default main and HMM dictionaries when only `userDict` is given; the user
 * dictionary replaces its tiny default user dictionary.
 *
 * If the native addon is missing (install scripts skipped), segmentation is
 * unavailable: callers get null and fall back to the cheaper rules.
 */
import { createRequire } from 'node:module'

type Jieba = typeof import('nodejieba')

const requireCjs = createRequire(import.meta.url)

let jieba: Jieba | null = null
let loadedDict: string | null = null
let failure: string | null = null
let loads = 0

/** What the segmenter has done in this process (for diagnostics, tests and benchmarks). */
export interface SegmenterStatus {
  loaded: boolean
  /** how many times the dictionary was loaded (0 or 1) */
  loads: number
  userDict: string | null
  /** why the segmenter is unavailable, or null */
  error: string | null
}

/** The segmenter's state in this process. */
export function segmenterStatus(): SegmenterStatus {
  return { loaded: jieba !== null, loads, userDict: loadedDict, error: failure }
}

/**
 * Cuts `text` into words (HMM on, so digit runs stay whole). Loads the
 * dictionary with `userDict` on the first call; later calls reuse it (the
 * first dictionary path wins for the whole process).
 * @param text the text to cut
 * @param userDict path of the user dictionary to load on first use
 * @returns the words, or null when nodejieba cannot be loaded here
 */
export function cut(text: string, userDict: string): string[] | null {
  if (failure !== null) return null
  if (jieba === null) {
    try {
      const j = requireCjs('nodejieba') as Jieba
      j.load({ userDict })
      loads += 1
      loadedDict = userDict
      jieba = j
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e)
      return null
    }
  }
  return jieba.cut(text, true)
}
