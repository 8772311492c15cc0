// The node peer of ./run.sh bench engine: the same PP-OCRv4 models through @gutenye/ocr-node, on the same images.
// Usage: node peer.mjs IMAGE...   Prints one JSON line: {"pages":N,"seconds":S,"lines":L}
import Ocr from '@gutenye/ocr-node'

const images = process.argv.slice(2)
const ocr = await Ocr.create()
await ocr.detect(images[0]) // warm-up, as the Java side gets
let lines = 0
const start = process.hrtime.bigint()
for (const image of images) {
  const result = await ocr.detect(image)
  lines += result.length
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9
console.log(JSON.stringify({ pages: images.length, seconds, lines }))
