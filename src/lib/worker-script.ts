/**
 * The script every page runs, in the bundle Astro loads on every page (`injectScript('page')` in astro.config.mjs,
 * so that it is a file the content security policy allows, not an inline script to hash): it starts the service
 * worker on a reader's first visit, and on that visit asks it to keep the page just read. A worker already there is
 * left as it is: its address names what the reader saved (src/worker/service-worker.ts). `astro dev` gets a script
 * that removes any worker a built guide left on the same address, so that a contributor always sees the pages as
 * they are.
 */
export function workerScript(base: string, dev: boolean): string {
	const scope = JSON.stringify(base);
	const worker = JSON.stringify(`${base}sw.js`);
	if (dev) {
		return `navigator.serviceWorker?.getRegistrations().then((all) => all.forEach((r) => r.unregister()));`;
	}
	// Written short: every page carries it. `w` the workers, `r` a registration, `e` a resource the page loaded.
	return (
		`if('serviceWorker'in navigator)addEventListener('load',()=>{const w=navigator.serviceWorker;` +
		`w.getRegistration(${scope}).then(r=>r||w.register(${worker},{scope:${scope}})).catch(()=>{});` +
		`w.controller||w.ready.then(r=>r.active?.postMessage({type:'CACHE_URLS',payload:{urlsToCache:[location.href,` +
		`...performance.getEntriesByType('resource').map(e=>e.name).filter(u=>u.startsWith(location.origin))]}}))})`
	);
}
