/** ffmpeg's arguments for the film every reader can play (src/lib/video-check.ts says why). */

/** H.264 high profile in yuv420p: what WeChat and every phone decode. */
export const H264_FOR_PHONES = ['-c:v', 'libx264', '-profile:v', 'high', '-pix_fmt', 'yuv420p'];
/** AAC at this bitrate, and the index (moov) first, so playback starts before the download ends. */
export const aacFastStart = (bitrate: string) => ['-c:a', 'aac', '-b:a', bitrate, '-movflags', '+faststart'];
