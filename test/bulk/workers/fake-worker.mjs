// A stand-in for dist/bulk/worker.js in the pool tests: a path containing
// "hang" never finishes, "crash" kills the worker, "late" succeeds then kills
// the worker 30 ms later, "slow" succeeds after 300 ms, anything else succeeds.
import { parentPort } from 'node:worker_threads'

parentPort.on('message', ({ seq, task }) => {
  if (task.path.includes('hang')) for (;;) {}
  if (task.path.includes('crash')) throw new Error('boom')
  if (task.path.includes('late')) setTimeout(() => { throw new Error('late boom') }, 30)
  if (task.path.includes('slow')) {
    setTimeout(() => parentPort.postMessage({ seq, result: { status: 'ok', id: task.path, sha256: task.path, pages: 1 } }), 300)
    return
  }
  parentPort.postMessage({ seq, result: { status: 'ok', id: task.path, sha256: task.path, pages: 1 } })
})
