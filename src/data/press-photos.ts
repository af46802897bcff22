/** Full-size photos of recent stories for the press centre, with what a picture desk needs to know. */
import { statSync } from 'node:fs';
import type { ImageMetadata } from 'astro';
import type { Catalog } from './catalog.ts';

export interface PressPhoto {
  image: ImageMetadata;
  alt: string;
  credit: string;
  storyTitle: string;
  storyUrl: string;
  /** the original file as the site serves it */
  downloadUrl: string;
  width: number;
  height: number;
  sizeLabel: string;
}

export function pressPhotos(catalog: Catalog, count: number): PressPhoto[] {
  return catalog.stories.slice(0, count).map((story) => {
    const image = story.cover.image as ImageMetadata & { fsPath?: string };
    const bytes = image.fsPath ? statSync(image.fsPath).size : 0;
    return {
      image,
      alt: story.cover.alt,
      credit: story.cover.credit,
      storyTitle: story.title,
      storyUrl: story.url,
      downloadUrl: image.src,
      width: image.width,
      height: image.height,
      sizeLabel:
        bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`,
    };
  });
}
