/**
 * bulk/worker: the entry point of a worker thread of the pool. It processes
 * one task at a time (the grammar and dictionaries are loaded once per
 * worker) and posts the result back. Runs from compiled JS (dist/bulk/worker.js).
 */
import { parentPort } from 'node:worker_threads'
import { processTask, type Task } from './task.js'

if (!parentPort) throw new Error('bulk/worker.js must run in a worker thread')
const port = parentPort

port.on('message', (message: { seq: number; task: Task }) => {
  void processTask(message.task).then((result) => port.postMessage({ seq: message.seq, result }))
})
