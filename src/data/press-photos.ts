/**
 * Full-size photos of recent stories for the press centre, with what a picture desk needs to know. A
 * story with minors in it is never offered (photo-files.ts); the file is made from the original, not
 * the original itself.
 */
import type { ImageMetadata } from 'astro';
import type { Catalog, Story } from './catalog.ts';
import { coverFile, offersPhotoFiles, photoFileSize, pressDownloadName, pressDownloadPath } from './photo-files.ts';

export interface PressPhoto {
  story: Story;
  image: ImageMetadata;
  alt: string;
  credit: string;
  /** the file to download, and what it will be called on the reporter's computer */
  downloadUrl: string;
  downloadName: string;
  width: number;
  height: number;
  sizeLabel: string;
}

/** The newest stories' covers that may go to the press. */
export const pressStories = (catalog: Catalog, count: number) =>
  catalog.stories.filter(offersPhotoFiles).slice(0, count);

export async function pressPhotos(catalog: Catalog, count: number): Promise<PressPhoto[]> {
  return Promise.all(
    pressStories(catalog, count).map(async (story) => {
      const bytes = await coverFile(story, 'press');
      const { width, height } = await photoFileSize(bytes);
      return {
        story,
        image: story.cover.image,
        alt: story.cover.alt,
        credit: story.cover.credit,
        downloadUrl: pressDownloadPath(story),
        downloadName: pressDownloadName(story),
        width,
        height,
        sizeLabel:
          bytes.length >= 1_048_576
            ? `${(bytes.length / 1_048_576).toFixed(1)} MB`
            : `${Math.max(1, Math.round(bytes.length / 1024))} KB`,
      };
    }),
  );
}
