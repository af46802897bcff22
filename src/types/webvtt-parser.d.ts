/** The W3C's WebVTT parser (w3c/webvtt.js) ships no types: the part we use. */
declare module 'webvtt-parser' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the class is the module's one export, as a value
  class WebVTTParser {
    parse(
      input: string,
      mode?: 'metadata' | 'chapters',
    ): {
      cues: { startTime: number; endTime: number; text: string }[];
      errors: { message: string; line: number; col: number }[];
    };
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export default webvtt;
}
