import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { shareQrSvg } from '../../src/lib/share-qr';

async function decode(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
    .resize(400)
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('shareQrSvg', () => {
  it('draws a code a scanner reads back as the address, short or long', async () => {
    for (const url of [
      'https://juye.example.org/',
      'https://wenming.juye.gov.cn/stories/fenghuang-jiedao-laodangyuan-wei-dujulaoren-shangmen-lifa-2026/',
    ]) {
      expect(await decode(await shareQrSvg(url))).toBe(url);
    }
  });
  it('names itself for screen readers', async () => {
    expect(await shareQrSvg('https://juye.example.org/')).toMatch(
      /^<svg role="img" aria-label="本页网址的二维码" class="qr" /,
    );
  });
});
