/**
 * The three charts of the current result, drawn with Observable Plot as SVG: variant class counts, clinical
 * significance counts, and variant density along the chromosome (POS bins from the stats route).
 *
 * @module
 */
import * as Plot from '@observablehq/plot'
import type { Stats } from './api.js'

const WIDTH = 380

/** Bars shown at most; the rest are summed into one "other" bar. */
const MAX_BARS = 12
const MAX_LABEL = 24

function countsChart(counts: Record<string, number>, label: string, color: string): Element {
  // counts come most first; long names (ClinVar's `Benign|Likely_benign|…`) are shortened, the full name is the title
  const entries = Object.entries(counts)
  const shown = entries.length > MAX_BARS ? entries.slice(0, MAX_BARS - 1) : entries
  const rest = entries.slice(shown.length).reduce((sum, [, n]) => sum + n, 0)
  const data = [
    ...shown.map(([key, n]) => ({ name: key === '.' ? '(not set)' : key, n })),
    ...(rest > 0 ? [{ name: `${entries.length - shown.length} others`, n: rest }] : []),
  ].map((d, i) => ({
    ...d,
    key: `${d.name.length > MAX_LABEL ? `${d.name.slice(0, MAX_LABEL - 1)}…` : d.name}${'\u200b'.repeat(i)}`,
  }))
  return Plot.plot({
    width: WIDTH,
    height: Math.max(80, 26 * data.length + 40),
    marginLeft: 170,
    marginRight: 48,
    x: { label: 'variants', grid: true },
    y: { label: null, domain: data.map((d) => d.key) },
    marks: [
      Plot.barX(data, {
        x: 'n',
        y: 'key',
        fill: color,
        title: (d: { name: string; n: number }) => `${d.name}: ${d.n}`,
      }),
      Plot.text(data, {
        x: 'n',
        y: 'key',
        text: (d: { n: number }) => String(d.n),
        dx: 4,
        textAnchor: 'start',
      }),
      Plot.ruleX([0]),
    ],
    ariaLabel: label,
  })
}

/** Bars of variants per variant class. */
export function classChart(stats: Stats): Element {
  return countsChart(stats.by_variant_class, 'Variants per class', '#4269d0')
}

/** Bars of variants per clinical significance. */
export function significanceChart(stats: Stats): Element {
  return countsChart(
    stats.by_clinical_significance,
    'Variants per clinical significance',
    '#ff725c',
  )
}

/** Variants per POS bin on the CHROM with the most matches; null when there are no bins. */
export function densityChart(stats: Stats): { chart: Element; chrom: string } | null {
  const bins = stats.by_position ?? []
  if (bins.length === 0) return null
  const top = [...bins].sort(
    (a, b) => (stats.by_chrom[b.chrom] ?? 0) - (stats.by_chrom[a.chrom] ?? 0),
  )[0]!
  const data = top.counts.map((n, i) => ({
    x1: top.min_pos + i * top.bin_width,
    x2: Math.min(top.min_pos + (i + 1) * top.bin_width, top.max_pos + 1),
    n,
  }))
  const chart = Plot.plot({
    width: WIDTH,
    height: 200,
    x: { label: `POS on ${top.chrom}`, tickFormat: '~s' },
    y: { label: 'variants', grid: true },
    marks: [
      Plot.rectY(data, {
        x1: 'x1',
        x2: 'x2',
        y: 'n',
        fill: '#3ca951',
        title: (d: { x1: number; x2: number; n: number }) => `${d.x1}–${d.x2 - 1}: ${d.n}`,
      }),
      Plot.ruleY([0]),
    ],
    ariaLabel: `Variant density along ${top.chrom}`,
  })
  return { chart, chrom: top.chrom }
}
