// What the offline guide needs in the built site, checked in its files: the lists of files each language saves,
// the service worker, the app manifests, and on every page what reaches them. Shared by tests/dist/ and the
// adopted-guide build (tests/build/), which builds under a path with a third language.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { languageCodes, sourceLanguage } from '../../src/languages.ts';
import { pdfSet, type SavedSet, type SetSizes } from '../../src/offline/protocol.ts';
import { builtPages, languageOf, readBuiltHtml, readBuiltPage, withBase, type BuiltSite } from './built-site.ts';

/** Saving one language must transfer at most about 1 MB, search included, PDFs apart. */
export const saveBudget = 1024 * 1024;

/** A set as the service worker gets it, from `offline/<set>.<hash>.js`; undefined when the build made none. */
export function savedSet(dist: string, set: string): SavedSet | undefined {
	const folder = join(dist, 'offline');
	const list = existsSync(folder) ? readdirSync(folder).find((file) => file.startsWith(`${set}.`)) : undefined;
	if (!list) return undefined;
	const scope: { guideSavedSets?: Record<string, SavedSet> } = {};
	new Function('self', readFileSync(join(folder, list), 'utf8'))(scope);
	return scope.guideSavedSets?.[set];
}

export const transferOf = (set: SavedSet) => set.files.reduce((sum, { transfer }) => sum + transfer, 0);

/** Every problem of the offline guide in a built site, one line each. */
export function offlineProblems({ dist, base }: BuiltSite): string[] {
	const problems: string[] = [];
	const fileOf = (url: string) => join(dist, url.slice(base.length).replace(/(^|\/)$/, '$1index.html'));
	if (!existsSync(join(dist, 'sw.js'))) problems.push(`${dist}/sw.js is missing: the offline integration did not run`);
	const pages = builtPages(dist);

	for (const language of languageCodes) {
		const guide = savedSet(dist, language);
		const pdfs = savedSet(dist, pdfSet(language));
		if (!guide || !pdfs) {
			problems.push(`${dist}/offline/ has no list of the files to save for "${language}"`);
			continue;
		}
		const listed = new Set(guide.files.map(({ url }) => url));
		for (const { url } of [...guide.files, ...pdfs.files]) {
			if (!url.startsWith(base)) problems.push(`${language}: ${url} is saved without the base path ${base}`);
			else if (!existsSync(fileOf(url))) problems.push(`${language}: ${url} is saved but was not built`);
		}
		for (const page of pages.filter((page) => languageOf(page) === language)) {
			if (!listed.has(withBase(base, page))) problems.push(`${language}: ${page} is not saved with its language`);
		}
		for (const needed of [
			'_astro/',
			'pagefind/pagefind.js',
			'pagefind/fragment/',
			`${language}/manifest.webmanifest`,
		]) {
			if (![...listed].some((url) => url.startsWith(base + needed)))
				problems.push(`${language}: nothing under ${needed} is saved`);
		}
		const otherLanguage = [...listed].find((url) =>
			languageCodes.some((code) => code !== language && url.startsWith(`${base}${code}/`)),
		);
		if (otherLanguage) problems.push(`${language}: ${otherLanguage}, of another language, is saved with it`);
		if (transferOf(guide) > saveBudget)
			problems.push(`${language}: saving it transfers ${transferOf(guide)} bytes, over the budget of ${saveBudget}`);
		const pdfFiles = readdirSync(join(dist, language), { recursive: true }).filter((file) =>
			String(file).endsWith('.pdf'),
		);
		if (pdfs.files.length !== pdfFiles.length)
			problems.push(`${language}: ${pdfs.files.length} PDFs are saved apart, of ${pdfFiles.length} built`);

		const manifestFile = join(dist, language, 'manifest.webmanifest');
		const manifest = existsSync(manifestFile)
			? (JSON.parse(readFileSync(manifestFile, 'utf8')) as {
					start_url?: string;
					scope?: string;
					icons?: { src: string }[];
				})
			: undefined;
		if (manifest?.start_url !== `${base}${language}/` || manifest.scope !== base)
			problems.push(`${language}/manifest.webmanifest does not open the guide at ${base}${language}/`);
		for (const { src } of manifest?.icons ?? []) {
			if (!existsSync(fileOf(src))) problems.push(`${language}/manifest.webmanifest names ${src}, which was not built`);
		}

		// The control on Start here: its sizes filled in, and without JavaScript only the line that says so.
		const startHere = readBuiltPage(dist, `/${language}/start-here/`);
		const control = select('[data-offline-control]', startHere);
		const sizes = control
			? (JSON.parse(String(control.properties.dataOfflineSizes || '{}')) as { guide?: SetSizes })
			: {};
		if (!control) problems.push(`/${language}/start-here/ has no "Save for offline use" control`);
		else if (!sizes.guide || Math.abs(sizes.guide.transfer - transferOf(guide)) > 102400)
			problems.push(`/${language}/start-here/ does not show the size that saving ${language} transfers`);
		for (const part of selectAll('[data-state]', startHere)) {
			const shownWithoutScript = part.properties.dataState === 'unsupported';
			if (Boolean(part.properties.hidden) === shownWithoutScript)
				problems.push(
					`/${language}/start-here/: without JavaScript, [data-state="${part.properties.dataState}"] is ${shownWithoutScript ? 'hidden' : 'shown'}`,
				);
		}
	}

	// Every page of the guide reaches the menu (and its language switch), the offline control and its manifest.
	// Read as text: these are attributes the build writes as such, and 90 pages parse slowly.
	const frontDoor = readBuiltHtml(dist, '/');
	for (const language of languageCodes) {
		if (!frontDoor.includes(`href="${base}${language}/start-here/#offline"`))
			problems.push(`/ has no link to "Use this guide offline" in ${language}`);
	}
	if (!frontDoor.includes("+'sw.js'")) problems.push('/ does not start the service worker');
	for (const page of pages.filter((page) => page !== '/')) {
		// By its folder, so that a language this project does not list yet (an adopted guide's) is checked too.
		const folder = page.split('/')[1]!;
		const language = existsSync(join(dist, folder, 'manifest.webmanifest')) ? folder : sourceLanguage;
		const html = readBuiltHtml(dist, page);
		if (!html.includes('id="starlight__sidebar"')) problems.push(`${page} has no menu (Starlight's sidebar)`);
		if (!html.includes(`href="${base}${language}/start-here/#offline"`))
			problems.push(`${page} has no link to "Use this guide offline"`);
		if (!html.includes(`<link rel="manifest" href="${base}${language}/manifest.webmanifest"`))
			problems.push(`${page} does not link its language's app manifest`);
		if (!html.includes("+'sw.js'")) problems.push(`${page} does not start the service worker`);
	}
	return problems;
}
