/** A photo from a phone, with its camera, its photographer and where it was taken: none of it leaves with the file. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { photoFile } from '../../src/lib/photo-file';

/** 400 × 200 pixels stored sideways (EXIF orientation 6: turn 90° to view), GPS, make, author, XMP. */
async function phonePhoto(): Promise<Buffer> {
  const sideways = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#c33' } })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
  return sharp(sideways)
    .withExifMerge({
      IFD0: { Make: 'ProbePhone', Model: 'P1', Artist: '王小明' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '35/1 23/1 45/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '116/1 5/1 30/1',
      },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>王小明</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>',
    )
    .jpeg()
    .toBuffer();
}

describe('photoFile', () => {
  it('keeps no EXIF, GPS, camera or author, and turns the picture upright', async () => {
    const original = await sharp(await phonePhoto()).metadata();
    expect(original.exif?.includes(Buffer.from('ProbePhone'))).toBe(true);
    expect(original.orientation).toBe(6);
    const clean = await sharp(await photoFile(await phonePhoto())).metadata();
    expect(clean.exif).toBeUndefined();
    expect(clean.xmp).toBeUndefined();
    expect(clean.iptc).toBeUndefined();
    expect(clean.orientation).toBeUndefined();
    // The pixels themselves are turned: 200 wide, 400 high.
    expect([clean.width, clean.height]).toEqual([200, 400]);
  });

  it('writes the credit as the file’s copyright line, and nothing else', async () => {
    const clean = await sharp(
      await photoFile(await phonePhoto(), { credit: '摄影：县文明实践中心 & <新华>' }),
    ).metadata();
    expect(clean.exif).toBeUndefined();
    expect(clean.xmpAsString).toContain(
      '<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">摄影：县文明实践中心 &amp; &lt;新华&gt;</rdf:li>',
    );
    expect(clean.xmpAsString).not.toContain('王小明');
  });

  it('narrows a large photo to the width asked for', async () => {
    const clean = await sharp(await photoFile(await phonePhoto(), { maxWidth: 100 })).metadata();
    expect([clean.width, clean.height]).toEqual([100, 200]);
  });
});
