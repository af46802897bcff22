/**
 * A photo as the site hands it out as a file (press downloads, feed enclosures): re-encoded from the
 * original, turned upright by its EXIF orientation, and with none of what a phone writes into a
 * picture (camera make, the photographer's name, GPS position, XMP, IPTC). The one thing written back
 * is the credit, as XMP dc:rights, so a picture desk keeps it with the file.
 */
import sharp from 'sharp';

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

function rightsXmp(credit: string): string {
  return [
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(credit)}</rdf:li></rdf:Alt></dc:rights>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
  ].join('');
}

/** Changes whenever photoFile would write different bytes, so cached files are made again. */
export const PHOTO_FILE_FORMAT = 'jpeg q88 progressive, upright, xmp dc:rights only';

export interface PhotoFileOptions {
  /** longest width to keep; the original's when absent */
  maxWidth?: number;
  /** written into the file as its copyright line */
  credit?: string;
}

/** A clean JPEG of the photo at `source` (a path or the file's bytes). */
export async function photoFile(source: string | Buffer, { maxWidth, credit }: PhotoFileOptions = {}): Promise<Buffer> {
  // Header-only limits stay sharp's own: a photo past the content check's size limits never gets here.
  let image = sharp(source, { failOn: 'none' }).rotate();
  if (maxWidth) image = image.resize({ width: maxWidth, withoutEnlargement: true });
  image = image.jpeg({ quality: 88, progressive: true });
  if (credit) image = image.withXmp(rightsXmp(credit));
  return image.toBuffer();
}
