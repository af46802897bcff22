import sharp from 'sharp';

/**
 * A photo as a phone takes it: stored sideways (EXIF orientation 6, turn 90° to view), with the
 * camera, the photographer's name, GPS coordinates and XMP, everything a published file must not carry.
 * Stored `width` × `height`, so it is shown `height` × `width`.
 */
export async function phonePhoto(width: number, height: number, background: string): Promise<Buffer> {
  const sideways = await sharp({ create: { width, height, channels: 3, background } })
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
