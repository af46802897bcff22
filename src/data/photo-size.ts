import type { ImageMetadata } from 'astro';

/**
 * A content photo's size. Astro publishes a photo's original file, camera metadata and all, as soon as
 * a page reads any property of it; its own image functions read a clone instead, and so does this.
 */
export function photoSize(image: ImageMetadata): { width: number; height: number } {
  const plain = (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
  return { width: plain.width, height: plain.height };
}
