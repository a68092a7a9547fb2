// Pictures under `--feedback hints`: the shapes stay (where the claims sit against the band and
// the reproduced curve) but every coordinate is rounded to a whole pixel, so the picture is no
// table of the reference at full precision (a curve's points, read back through its axis, gave
// the reproduced values to 15 digits). About 1/200 of the axis span: what the eye sees.
const GEOMETRY = /(\s(?:points|x|y|x1|y1|x2|y2|cx|cy|width|height)=")([^"]*)"/g;

export function coarsePicture(svg: string): string {
  return svg.replace(GEOMETRY, (_, head: string, value: string) => `${head}${value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n))))}"`);
}
