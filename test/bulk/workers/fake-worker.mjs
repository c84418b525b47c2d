// A stand-in for dist/bulk/worker.js in the pool tests: a path containing
// "hang" never finishes, "crash" kills the worker, anything else succeeds.
import { parentPort } from 'node:worker_threads'

parentPort.on('message', ({ seq, task }) => {
  if (task.path.includes('hang')) for (;;) {}
  if (task.path.includes('crash')) throw new Error('boom')
  parentPort.postMessage({ seq, result: { status: 'ok', id: task.path, sha256: task.path, pages: 1 } })
})
