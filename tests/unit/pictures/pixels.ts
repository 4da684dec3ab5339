// Pixel helpers for the image tests: decode a PNG with the same library that drew it, compare
// two images with a tolerance, and look for ink in a region.
import { createCanvas, loadImage } from '@napi-rs/canvas';

export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export async function decode(png: Buffer): Promise<Pixels> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return {
    width: image.width,
    height: image.height,
    data: ctx.getImageData(0, 0, image.width, image.height).data,
  };
}

/**
 * The share of pixels whose RGBA differs by more than `threshold` in any channel (0..1); 1 when
 * the sizes differ. The threshold absorbs anti-aliasing noise; the share catches real changes.
 */
export function diffFraction(a: Pixels, b: Pixels, threshold = 32): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs((a.data[i + c] as number) - (b.data[i + c] as number)) > threshold) {
        differing += 1;
        break;
      }
    }
  }
  return differing / (a.width * a.height);
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How many pixels in rect differ clearly from the colour at (0, 0), the card's background. */
export function inkIn(img: Pixels, rect: Rect): number {
  const bg = [img.data[0], img.data[1], img.data[2]] as number[];
  let ink = 0;
  for (let y = rect.y; y < rect.y + rect.h; y++) {
    for (let x = rect.x; x < rect.x + rect.w; x++) {
      const i = (y * img.width + x) * 4;
      const d = Math.max(...[0, 1, 2].map((c) => Math.abs((img.data[i + c] as number) - (bg[c] as number))));
      if (d > 48) ink += 1;
    }
  }
  return ink;
}
