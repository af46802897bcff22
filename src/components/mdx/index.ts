/** The components a story written in MDX may use without importing them. */
import Gallery from './Gallery.astro';
import Quote from './Quote.astro';

export const storyComponents = { Gallery, Quote };
