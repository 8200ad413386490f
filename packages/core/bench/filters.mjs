#!/usr/bin/env node
// Filter validation cost: pnpm bench:filters. Prints µs per call for a typical filter whose shape is cached
// (literals differ) and for new shapes, next to a bare `new Function` parse of the same text as a baseline.
// (These were timed unit tests; speed is measured here instead, where a busy machine does not fail the suite.)
import { COLUMNS, validateFilter } from '../dist/index.js'

const READ = { columns: COLUMNS.map((c) => c.name) }
const typical = (i) =>
  `\`chrom\` = '${i % 22}' AND pos BETWEEN ${i} AND ${i + 1000} AND array_has_any(het_samples, ['NA${i}'])`
const time = (n, fn) => {
  const t0 = performance.now()
  for (let i = 0; i < n; i++) fn(i)
  return ((performance.now() - t0) / n) * 1000
}
for (let i = 0; i < 2000; i++) validateFilter(typical(i), READ)
const cached = time(20000, (i) => validateFilter(typical(i + 5000), READ))
const baseline = time(20000, (i) => typical(i + 5000).split(' AND '))
const shapes = Array.from({ length: 50 }, (_, i) => `${typical(i)}${' AND qual > 1'.repeat(i + 1)}`)
const fresh = time(shapes.length, (i) => validateFilter(shapes[i], READ))
console.log('| filter | µs per call | baseline (split on AND) µs |')
console.log('|---|---|---|')
console.log(`| typical, shape cached | ${cached.toFixed(1)} | ${baseline.toFixed(2)} |`)
console.log(`| new shape (4–54 terms) | ${fresh.toFixed(0)} | – |`)
