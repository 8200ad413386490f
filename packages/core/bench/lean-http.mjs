// A lean keep-alive HTTP/1.1 load client for the benchmarks, as wrk or autocannon would be: requests are
// serialised once, sent on pooled sockets, and responses are framed by Content-Length or chunked encoding and
// checked for status 200. On 2 cores the load generator's CPU competes with the server's, so it stays small
// (about 0.3 ms a request here, against 0.7 ms for node:http and 1.6 ms for fetch).
import { connect } from 'node:net'
import { readFileSync } from 'node:fs'

/**
 * A pool of keep-alive connections to host:port.
 * @param {string} host
 * @param {number} port
 */
export function leanClient(host, port) {
  const idle = []
  const all = []
  function open() {
    const sock = connect({ host, port, noDelay: true })
    const conn = { sock, buf: Buffer.alloc(0), waiting: null, closed: false }
    sock.on('data', (d) => {
      conn.buf = conn.buf.length ? Buffer.concat([conn.buf, d]) : d
      frame(conn)
    })
    sock.on('error', (e) => conn.waiting?.reject(e))
    // the server closes idle keep-alive sockets (Node: after 5 s): drop them from the pool
    sock.on('close', () => {
      conn.closed = true
      const at = idle.indexOf(conn)
      if (at !== -1) idle.splice(at, 1)
      conn.waiting?.reject(new Error('connection closed'))
    })
    all.push(conn)
    return conn
  }
  function frame(conn) {
    if (!conn.waiting) return
    const b = conn.buf
    const end = b.indexOf('\r\n\r\n')
    if (end < 0) return
    const head = b.toString('latin1', 0, end)
    const length = /\r\ncontent-length: *(\d+)/i.exec(head)
    let total
    if (length) {
      total = end + 4 + Number(length[1])
      if (b.length < total) return
    } else {
      const z = b.indexOf('\r\n0\r\n\r\n', end)
      if (z < 0) return
      total = z + 7
    }
    const status = Number(head.slice(9, 12))
    const body = b.subarray(end + 4, total)
    conn.buf = b.subarray(total)
    const w = conn.waiting
    conn.waiting = null
    idle.push(conn)
    if (status === 200) w.resolve()
    else w.reject(new Error(`HTTP ${status}: ${body.toString('utf8', 0, 300)}`))
  }
  return {
    /** Sends one serialised request (see {@link postRequest}) and resolves on a 200 answer. */
    send(raw, retried = false) {
      let conn = idle.pop()
      while (conn?.closed) conn = idle.pop()
      conn ??= open()
      const sent = new Promise((resolve, reject) => {
        conn.waiting = { resolve, reject }
        conn.sock.write(raw)
      })
      // a socket the server closed just as the request went out: once more on a fresh one
      return retried
        ? sent
        : sent.catch((err) => {
            if (err.message !== 'connection closed') throw err
            return this.send(raw, true)
          })
    },
    close() {
      for (const c of all) c.sock.destroy()
    },
  }
}

/** A serialised `POST path` with a JSON body and a bearer token. */
export function postRequest(host, port, path, token, body) {
  const data = Buffer.from(JSON.stringify(body))
  return Buffer.concat([
    Buffer.from(
      `POST ${path} HTTP/1.1\r\nhost: ${host}:${port}\r\nauthorization: Bearer ${token}\r\n` +
        `content-type: application/json\r\ncontent-length: ${data.length}\r\n\r\n`,
      'latin1',
    ),
    data,
  ])
}

/** CPU time (user + system) a process has used, in ms, from /proc (Linux). */
export function processCpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}
