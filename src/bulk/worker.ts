/**
 * bulk/worker: the entry point of a worker thread of the pool. It processes
 * one task at a time (the grammar and dictionaries are loaded once per
 * worker) and posts the result back, and a note for each page it OCRs (the
 * pool extends the file's time limit by as much as the reader does). With
 * JIXIAO_STATS set, each result carries the worker's CPU time so far (the
 * run's statistics per thread). Runs from compiled JS (dist/bulk/worker.js).
 */
import { parentPort } from 'node:worker_threads'
import { processTask, type Task } from './task.js'
import { OCR_PAGE_MS } from '../source/ocr/read-ocr.js'
import { statsWanted, threadCpuMs } from './thread-cpu.js'

if (!parentPort) throw new Error('bulk/worker.js must run in a worker thread')
const port = parentPort
const stats = statsWanted()
if (stats) port.postMessage({ seq: 0, cpuMs: threadCpuMs() })

port.on('message', (message: { seq: number; task: Task }) => {
  // each page read by OCR extends the file's time limit in the pool as in the reader
  const extend = () => port.postMessage({ seq: message.seq, extendMs: OCR_PAGE_MS })
  void processTask(message.task, extend).then((result) =>
    port.postMessage(stats ? { seq: message.seq, result, cpuMs: threadCpuMs() } : { seq: message.seq, result }),
  )
})
