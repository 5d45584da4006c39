// Prints what a browser downloads first (index.html and the assets it links, gzipped) and fails the build
// above the budget: inspectors on site work over mobile networks. Later routes load lazily.
import { readFile, readdir } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import path from 'node:path'

const BUDGET_KB = 600
const dist = path.resolve('target/classes/static')
const html = await readFile(path.join(dist, 'index.html'), 'utf8')
const linked = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1])
let total = gzipSync(html).length
for (const file of linked) total += gzipSync(await readFile(path.join(dist, file))).length
const all = await readdir(path.join(dist, 'assets'))
const kb = (total / 1024).toFixed(1)
console.log(`[measure] initial download ${kb} kB gzipped (${linked.length} files linked by index.html; ${all.length} assets in all, the rest load per route)`)
if (total / 1024 > BUDGET_KB) {
  console.error(`initial download ${kb} kB exceeds the ${BUDGET_KB} kB budget`)
  process.exit(1)
}
