/** The picture a shared link shows (Open Graph): the cover, resized to the 1200 px social networks use. */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';
import { photoSize } from './photo-size.ts';

export async function shareImage(image: ImageMetadata, alt: string, site: string) {
  const resized = await getImage({ src: image, width: Math.min(1200, photoSize(image).width), format: 'jpg' });
  return {
    url: absoluteUrl(resized.src, site),
    alt,
    width: Number(resized.attributes.width),
    height: Number(resized.attributes.height),
  };
}
