// The node peer of ./run.sh bench engine: the same PP-OCRv4 models through @gutenye/ocr-node, on the same images.
// Usage: node peer.mjs [WARM_UP_IMAGE... --] IMAGE...   Prints one JSON line: {"pages":N,"seconds":S,"lines":L}
// The warm-up images are recognised first and not timed, as on the Java side.
import Ocr from '@gutenye/ocr-node'

const args = process.argv.slice(2)
const split = args.indexOf('--')
const warmUp = split < 0 ? [] : args.slice(0, split)
const images = split < 0 ? args : args.slice(split + 1)
const ocr = await Ocr.create()
for (const image of warmUp) {
  await ocr.detect(image)
}
let lines = 0
const start = process.hrtime.bigint()
for (const image of images) {
  const result = await ocr.detect(image)
  lines += result.length
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9
console.log(JSON.stringify({ pages: images.length, seconds, lines }))
