/** decap-cms-locales ships no types: each locale is a nested object of phrases. */
declare module 'decap-cms-locales' {
  type Phrases = { [key: string]: string | Phrases };
  export const zh_Hans: Phrases;
}
