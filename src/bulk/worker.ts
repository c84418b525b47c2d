/**
 * bulk/worker: the entry point of a worker thread of the pool. It processes
 * one task at a time (the grammar and dictionaries are loaded once per
 * worker; the grammar files are the ones the main thread read and checked,
 * passed in workerData) and posts the result back, and a note for each page
 * it OCRs (the pool extends the file's time limit by as much as the reader
 * does). With JIXIAO_STATS set, each result carries the worker's CPU time so
 * far (the run's statistics per thread). Runs from compiled JS
 * (dist/worker.js, bundled, or tsc's dist/bulk/worker.js).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { processTask, type Task } from './task.js'
import { useGrammarFiles } from '../grammar/load.js'
import type { WorkerData } from './pool.js'
import { OCR_PAGE_MS } from '../source/ocr/read-ocr.js'
import { statsWanted, threadCpuMs } from './thread-cpu.js'

if (!parentPort) throw new Error('bulk/worker.js must run in a worker thread')
const port = parentPort
const data = workerData as WorkerData | undefined
if (data?.grammarFiles) useGrammarFiles([...data.grammarFiles])
const stats = statsWanted()
if (stats) port.postMessage({ seq: 0, cpuMs: threadCpuMs() })

port.on('message', (message: { seq: number; task: Task }) => {
  // each page read by OCR extends the file's time limit in the pool as in the reader
  const extend = () => port.postMessage({ seq: message.seq, extendMs: OCR_PAGE_MS })
  void processTask(message.task, extend).then((result) =>
    port.postMessage(stats ? { seq: message.seq, result, cpuMs: threadCpuMs() } : { seq: message.seq, result }),
  )
})
