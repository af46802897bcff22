/**
 * The header's search box warms the search: when it gets focus (a reader about to type), the search
 * page and the files its <head> announces (src/lib/search-hints.ts) are prefetched into the browser's
 * cache, so the results page that opens on Enter finds them there. A page where nobody reaches for
 * the box loads nothing.
 */
const box = document.querySelector<HTMLInputElement>('.site-header input[type="search"]');
const searchPage = box?.form?.getAttribute('action');

async function warmSearch(page: string) {
  const html = await fetch(page)
    .then((r) => (r.ok ? r.text() : ''))
    .catch(() => '');
  const head = new DOMParser().parseFromString(html, 'text/html').head;
  for (const hint of head.querySelectorAll<HTMLLinkElement>('link[rel="preload"], link[rel="modulepreload"]')) {
    const prefetch = document.createElement('link');
    prefetch.rel = 'prefetch';
    prefetch.href = hint.getAttribute('href')!;
    if (hint.crossOrigin !== null) prefetch.crossOrigin = hint.crossOrigin;
    document.head.append(prefetch);
  }
}

if (box && searchPage && location.pathname !== searchPage) {
  box.addEventListener('focus', () => void warmSearch(searchPage), { once: true });
}
