/**
 * The reader's own text size (适老化), kept in localStorage, and the modes 长辈版 and 高对比度, kept in
 * cookies the server reads too (src/lib/reader-modes.ts): applied to <html> before the first paint by
 * a tiny inline script, so the page never flashes at the wrong size.
 */
import { modeCookie } from './reader-modes.ts';

export const TEXT_SIZES = [
  { value: 'standard', label: '标准' },
  { value: 'large', label: '大' },
  { value: 'xlarge', label: '特大' },
] as const;

export const STORAGE_KEYS = { textSize: 'xinfeng-text-size' } as const;

const cookieOn = (name: string) => `/(^|; )${name}=on(;|$)/.test(document.cookie)`;

/**
 * Runs in <head> before anything is drawn; plain ES5 and guarded, since private modes may refuse storage.
 * It also marks <html> with data-js, so a page can lay out from the first paint what its scripts will show.
 */
export const APPLY_BEFORE_PAINT = `var d=document.documentElement;d.setAttribute('data-js','');if(${cookieOn(modeCookie('elder'))})d.setAttribute('data-elder','');if(${cookieOn(modeCookie('contrast'))})d.setAttribute('data-contrast','high');try{var s=localStorage.getItem('${STORAGE_KEYS.textSize}');if(s==='large'||s==='xlarge')d.setAttribute('data-text-size',s)}catch(e){}`;
