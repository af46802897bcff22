/**
 * The photos an entry names: each must exist beside it (checked by `npm run check` and by the build's
 * loader, with the same words), and be a photo a phone on a weak signal and the build can live with.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { imageReferences, type ImageReference } from '../lib/image-paths.ts';
import { fieldLine, type EntryParts } from '../lib/front-matter.ts';
import { leavesFolder } from '../lib/safe-url.ts';
import type { Problem } from './problem.ts';

const IMAGE_LIMITS = {
  bytes: 5 * 1024 * 1024,
  /** longest side of a photo, in pixels */
  side: 6000,
  /** a cover narrower than this looks blurred on a phone */
  coverMinWidth: 800,
};
const IMAGE_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif']);

/** An entry as read from its file: where it is, its front matter as written and its body. */
export interface EntryText extends EntryParts {
  /** the file as problems name it */
  file: string;
  /** the folder its images are relative to */
  dir: string;
  data: unknown;
}

interface LocatedImage extends ImageReference {
  where: Pick<Problem, 'file' | 'line' | 'field' | 'level'>;
  absolute: string;
}

function locate(entry: EntryText): LocatedImage[] {
  return imageReferences(entry.data, entry.body).map((ref) => ({
    ...ref,
    absolute: path.resolve(entry.dir, ref.path),
    where: {
      file: entry.file,
      line:
        ref.bodyLine === undefined
          ? fieldLine(entry.yaml ?? '', ref.field.split(/[.[]/)[0])
          : entry.bodyLine + ref.bodyLine - 1,
      field: ref.field,
      level: 'error',
    },
  }));
}

const PHOTO_FILE = /\.(jpe?g|png|webp|avif)$/i;

/** Where the photo is and what kind of file it is, from its path alone; then whether it is there. */
function pathProblem(image: LocatedImage): Pick<Problem, 'problem' | 'fix'> | undefined {
  if (!image.path.startsWith('./') || leavesFolder(image.path)) {
    return {
      problem: `图片 ${JSON.stringify(image.path)} 不在这个文件旁边：照片只能放在本文件所在的文件夹（或它的子文件夹）里。`,
      fix: '把照片上传到这个文件所在的文件夹，写成 ./文件名.jpg。',
    };
  }
  if (!PHOTO_FILE.test(image.path)) {
    return {
      problem: `${image.path} 不是网站能用的照片格式${/\.svg$/i.test(image.path) ? '（SVG 图片里可以藏程序）' : ''}。`,
      fix: '用 JPG、PNG、WebP 或 AVIF 格式的照片：用图片软件另存为 JPG 后重新上传。',
    };
  }
  if (!existsSync(image.absolute)) {
    return {
      problem: `图片 ${image.path} 不存在。`,
      fix: '把图片上传到这个文件所在的文件夹，并检查文件名的拼写、大小写和扩展名（.jpg / .png）。',
    };
  }
  return undefined;
}

/** Photos outside the entry's folder, of a kind the site does not publish, or not there: the build's guard. */
export function imagePathProblems(entry: EntryText): Problem[] {
  return locate(entry).flatMap((image) => {
    const found = pathProblem(image);
    return found ? [{ ...image.where, ...found }] : [];
  });
}

/** Everything imagePathProblems finds, and photos too large, too small or not really photos. */
export async function imageProblems(entry: EntryText): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const image of locate(entry)) {
    const found = pathProblem(image) ?? (await sizeProblem(image));
    if (found) problems.push({ ...image.where, ...found });
  }
  return problems;
}

async function sizeProblem(image: LocatedImage): Promise<Pick<Problem, 'problem' | 'fix'> | undefined> {
  const bytes = statSync(image.absolute).size;
  if (bytes > IMAGE_LIMITS.bytes) {
    return {
      problem: `图片 ${image.path} 有 ${(bytes / 1024 / 1024).toFixed(1)} MB，超过 ${IMAGE_LIMITS.bytes / 1024 / 1024} MB 的上限。`,
      fix: `把图片缩小到长边不超过 ${IMAGE_LIMITS.side} 像素、大小不超过 5 MB 再上传（手机相册的“编辑—调整大小”或电脑上的画图工具都可以）。`,
    };
  }
  // Only the header is read, so a header claiming billions of pixels is measured, not decoded.
  const meta = await sharp(image.absolute, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (!meta?.format || !IMAGE_FORMATS.has(meta.format)) {
    return {
      problem: `${image.path} 不是网站能用的图片（只支持 JPG、PNG、WebP、AVIF）。`,
      fix: '用图片软件把它另存为 JPG 后重新上传。',
    };
  }
  const width = meta.width ?? 0;
  if (width > IMAGE_LIMITS.side || (meta.height ?? 0) > IMAGE_LIMITS.side) {
    return {
      problem: `图片 ${image.path} 有 ${meta.width}×${meta.height} 像素，超过长边 ${IMAGE_LIMITS.side} 像素的上限。`,
      fix: `把图片缩小到长边不超过 ${IMAGE_LIMITS.side} 像素再上传。`,
    };
  }
  if (image.field.startsWith('cover') && width < IMAGE_LIMITS.coverMinWidth) {
    return {
      problem: `封面图片只有 ${meta.width} 像素宽，在手机上会模糊。`,
      fix: `换一张宽度至少 ${IMAGE_LIMITS.coverMinWidth} 像素的照片（原图即可，网站会自动压缩）。`,
    };
  }
  return undefined;
}
