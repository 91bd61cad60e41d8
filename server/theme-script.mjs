/**
 * The one inline script the app writes itself: it runs before first paint so a saved or
 * OS-preferred dark theme never flashes light, and marks a page opened with a query as
 * waiting for its link's state, so the parts that state changes stay hidden (keeping their
 * place) until the view has applied it (app/globals.css, components/shell/use-url-state.tsx). Plain ESM because the layout renders it and
 * the proxy hashes it for development renders, which have no build manifest.
 * @param {readonly string[]} themes
 */
export function themeScript(themes) {
  return `try{var t=localStorage.getItem("theme");if(${JSON.stringify(themes)}.indexOf(t)<0){t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}document.documentElement.dataset.theme=t;if(location.search.length>1)document.documentElement.dataset.urlPending=""}catch(e){}`;
}
