#!/usr/bin/env node
// CPU time per thread of a command (Linux): node packages/core/bench/thread-cpu.mjs [--every MS] -- CMD ARGS...
// e.g. node packages/core/bench/thread-cpu.mjs -- node packages/core/bench/ingest-child.mjs x.vcf.gz /tmp/db 128
// Samples /proc/PID/task/*/stat every --every ms (default 50) and prints, once the command exits, each thread's
// user+system CPU seconds (its last sample), grouped the way they read: the main thread (the command's pid), the
// other `node` threads in start order (V8's platform workers — the JIT's concurrent compiles and GC helpers —
// then libuv's and worker_threads), and LanceDB's named Rust threads (tokio-rt-worker, lance-cpu …).
// A CPU profile (--cpu-prof) counts wall time while a thread is descheduled; this counts only CPU.
import { spawn } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'

const args = process.argv.slice(2)
const dash = args.indexOf('--')
if (dash === -1 || dash === args.length - 1) {
  console.error('usage: thread-cpu.mjs [--every MS] -- CMD ARGS...')
  process.exit(2)
}
const every = args.includes('--every') ? Number(args[args.indexOf('--every') + 1]) : 50
const [cmd, ...cmdArgs] = args.slice(dash + 1)
const ticks = 100 // USER_HZ on Linux
const child = spawn(cmd, cmdArgs, { stdio: 'inherit' })
const seen = new Map() // tid → { name, cpu seconds }

function sample() {
  let tids
  try {
    tids = readdirSync(`/proc/${child.pid}/task`)
  } catch {
    return
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8')
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      // fields[11], fields[12]: utime, stime (the 14th and 15th of stat, counted after the name)
      const cpu = (Number(fields[11]) + Number(fields[12])) / ticks
      seen.set(Number(tid), { name, cpu })
    } catch {
      // the thread ended between the listing and the read
    }
  }
}

const timer = setInterval(sample, every)
child.on('exit', (code) => {
  clearInterval(timer)
  const rows = [...seen].sort((a, b) => a[0] - b[0])
  const total = rows.reduce((s, [, t]) => s + t.cpu, 0)
  console.error(
    `\nCPU by thread (s; sampled every ${every} ms, so the last ${every} ms are missed):`,
  )
  for (const [tid, t] of rows) {
    if (t.cpu < 0.01) continue
    const role = tid === child.pid ? 'main' : t.name
    console.error(`${t.cpu.toFixed(2).padStart(7)}  ${String(tid).padStart(7)}  ${role}`)
  }
  console.error(`${total.toFixed(2).padStart(7)}  total`)
  process.exit(code ?? 1)
})
