import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { processSteps } from '../../src/lib/process.ts';
import { builtPages as builtPagesIn, languageOf } from '../dist/built-site.ts';

const dist = 'dist';

/** Every page of the built site, as a path such as `/es/about/` (the 404 page as `/404.html`). */
export const builtPages = (): string[] => builtPagesIn(dist);

const builtFile = (page: string) => join(dist, page.endsWith('/') ? `${page}index.html` : page);

/** Fails, naming the page, when a page the tests sample was not built (in one language, say). */
export function expectBuilt(page: string): void {
	expect(
		existsSync(builtFile(page)),
		`${page} is not in dist/: build the guide, or add the page in that language`,
	).toBe(true);
}

const builtMain = (page: string) => {
	const html = readFileSync(builtFile(page), 'utf8');
	return html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? html;
};
const withoutTags = (html: string) =>
	html.replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');

/** The visible text of a built page's main content, from its HTML. */
export const builtText = (page: string): string => withoutTags(builtMain(page));

/** A built page's title, as its HTML gives it. */
export const builtHeading = (page: string): string =>
	withoutTags(builtMain(page).match(/<h1[\s\S]*?<\/h1>/)?.[0] ?? '').trim();

export const pageLanguage = languageOf;

/** The process's steps as `<phase>/<step>`, in the framework's order, from the English step pages' frontmatter. */
export const stepsInOrder = (): string[] => processSteps().map(({ key }) => key);

/**
 * One page of each template, `<lang>` standing for one language, the languages taking turns from one template to
 * the next (`everyLanguage`: in each); `print` pages are also checked as printed. A sample, because the static scan
 * (tests/dist/) covers every page and `npm run test:full` runs axe on each page in each language.
 */
export const templatePages: { path: string; print?: boolean; everyLanguage?: boolean }[] = [
	{ path: '/' }, // the front door, in every language at once
	{ path: '/<lang>/', everyLanguage: true },
	{ path: '/<lang>/about/' },
	{ path: '/<lang>/process/' },
	{ path: '/<lang>/process/execution/' },
	{ path: '/<lang>/process/prework/identify-stakeholders/', print: true, everyLanguage: true },
	{ path: '/<lang>/checklists/prework/', print: true },
	{ path: '/<lang>/checklists/workshop-pack/', print: true },
	{ path: '/<lang>/plan/', print: true, everyLanguage: true },
	{ path: '/<lang>/methods/', everyLanguage: true },
	{ path: '/<lang>/methods/focus-group/', print: true, everyLanguage: true },
	{ path: '/<lang>/methods/say/' },
	{ path: '/<lang>/methods/print/', print: true },
	{ path: '/<lang>/kit/consent/', print: true },
	{ path: '/<lang>/kit/messages/', print: true },
	{ path: '/<lang>/case-studies/leon/' },
	{ path: '/<lang>/glossary/' },
	{ path: '/<lang>/contribute/translation-status/' },
	{ path: '/<lang>/contribute/' },
	{ path: '/<lang>/whats-new/' },
	{ path: '/404.html' },
];

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The violations of the pages' content security policy in the running test, each as `page: what was blocked`. */
let policyViolations: string[] = [];
const watchedContexts = new WeakSet<BrowserContext>();

/**
 * Hears every `securitypolicyviolation` event of the pages a context opens, from before their first script: a script,
 * style, image or connection that the policy blocked. The test that opened them then fails (`test` below).
 */
async function watchPolicy(context: BrowserContext): Promise<void> {
	if (watchedContexts.has(context)) return;
	watchedContexts.add(context);
	await context.exposeBinding('guidePolicyViolation', (_source, line: string) => {
		policyViolations.push(line);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
			const kind = event.effectiveDirective.startsWith('script') ? 'script' : 'style';
			const what =
				event.blockedURI === 'inline'
					? `an inline ${kind}${event.sample ? ` ("${event.sample}")` : ''}`
					: event.blockedURI;
			(window as unknown as { guidePolicyViolation: (line: string) => void }).guidePolicyViolation(
				`${location.pathname}: ${event.effectiveDirective} blocked ${what}${where}`,
			);
		});
	});
}

/**
 * `test` with `workerPage`: one page for all the tests a worker runs, each navigating it. Opening a fresh page
 * costs this 2-core machine more than the axe run itself: keep it for tests that leave nothing behind.
 * Every test fails when a page it opened broke its content security policy, in any context it opened; a test that
 * breaks it on purpose reads and empties `policyViolations`.
 */
export const test = base.extend<{ policyViolations: string[] }, { workerPage: Page }>({
	policyViolations: [
		async ({ browser }, use) => {
			policyViolations = [];
			const watch = (context: BrowserContext) => void watchPolicy(context).catch(() => {});
			browser.on('context', watch);
			await use(policyViolations);
			browser.off('context', watch);
			expect(
				policyViolations,
				'the pages broke their content security policy: what they need must come from the guide (src/lib/content-security-policy.ts)',
			).toEqual([]);
		},
		{ auto: true },
	],
	context: async ({ context }, use) => {
		await watchPolicy(context);
		await use(context);
	},
	workerPage: [
		async ({ browser }, use, workerInfo) => {
			const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, serviceWorkers } =
				workerInfo.project.use;
			const context = await browser.newContext({
				baseURL,
				viewport,
				userAgent,
				deviceScaleFactor,
				isMobile,
				hasTouch,
				serviceWorkers,
			});
			await watchPolicy(context);
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

const axeSource = readFileSync(new URL(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

/** The page's WCAG A and AA violations as it shows now, one line each: the rule, its help and the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
	// axe-core goes into the page once and then runs for each scheme: injecting it costs more than a run.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	return page.evaluate(async (values) => {
		const { axe } = window as unknown as { axe: typeof import('axe-core') };
		const { violations } = await axe.run(document, { runOnly: { type: 'tag', values } });
		return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	}, wcagAA);
}

/**
 * Switches the colour scheme and waits until the page shows it: Starlight sets `data-theme` from the scheme
 * (the front door has no `data-theme`: its CSS follows the scheme directly).
 */
export async function showScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
	await page.emulateMedia({ colorScheme });
	await page.waitForFunction((scheme) => (document.documentElement.dataset.theme ?? scheme) === scheme, colorScheme);
}

/** Collects every request the page makes to an origin other than the guide's own. */
export function requestsElsewhere(page: Page, origin: string): string[] {
	const elsewhere: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.origin !== origin) elsewhere.push(request.url());
	});
	return elsewhere;
}

/** Opens the search dialog and waits for its box. */
export async function openSearch(page: Page) {
	// Without a GPU, the blur behind the dialog is redrawn in software at every frame, and then costs more than the
	// search itself; it plays no part in what search finds.
	// A sheet built by a script, not a <style> element, which the page's content security policy would block.
	await page.evaluate(() => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync('dialog::backdrop { backdrop-filter: none !important; }');
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	});
	await page.locator('button[data-open-modal]').click();
	const box = page.getByRole('dialog').getByRole('textbox');
	await expect(box).toBeVisible();
	return box;
}

/** The pages that the search shows, best first, each once (a page's sections are links to the page too). */
export async function resultPaths(page: Page): Promise<string[]> {
	const paths = await page
		.locator('.pagefind-ui__result-link')
		.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	return [...new Set(paths)];
}
