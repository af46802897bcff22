/**
 * The reader's own text size and contrast (适老化): kept in localStorage, applied to <html> before the
 * first paint by a tiny inline script, so the page never flashes at the wrong size.
 */
export const TEXT_SIZES = [
  { value: 'standard', label: '标准' },
  { value: 'large', label: '大' },
  { value: 'xlarge', label: '特大' },
] as const;

export const STORAGE_KEYS = { textSize: 'xinfeng-text-size', contrast: 'xinfeng-contrast' } as const;

/**
 * Runs in <head> before anything is drawn; plain ES5 and guarded, since private modes may refuse storage.
 * It also marks <html> with data-js, so a page can lay out from the first paint what its scripts will show.
 */
export const APPLY_BEFORE_PAINT = `var d=document.documentElement;d.setAttribute('data-js','');try{var s=localStorage.getItem('${STORAGE_KEYS.textSize}'),c=localStorage.getItem('${STORAGE_KEYS.contrast}');if(s==='large'||s==='xlarge')d.setAttribute('data-text-size',s);if(c==='high')d.setAttribute('data-contrast','high')}catch(e){}`;
