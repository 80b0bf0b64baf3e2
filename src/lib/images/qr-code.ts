/**
 * A QR code as a picture element (satori draws an <img> of an SVG data address): the npm `qrcode`
 * library makes the modules, this file only draws them, black on white with the four-module quiet zone.
 */
import QRCode from 'qrcode';
import type { Element } from './element.ts';

export function qrCode(text: string, size: number): Element {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let path = '';
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) if (modules.get(y, x)) path += `M${x + 4} ${y + 4}h1v1h-1z`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n + 8} ${n + 8}" shape-rendering="crispEdges">` +
    `<rect width="${n + 8}" height="${n + 8}" fill="#ffffff"/><path d="${path}" fill="#000000"/></svg>`;
  return {
    type: 'img',
    props: {
      src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      width: size,
      height: size,
      style: { width: size, height: size },
    },
  } as unknown as Element;
}
