// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { linksValidator } from './src/integrations/links-validator.ts';
import guideChecks from './src/integrations/guide-checks.ts';
import printChecklistPdfs from './src/integrations/print-checklist-pdfs.ts';
import offline from './src/integrations/offline.ts';
import contentSecurityPolicy from './src/integrations/content-security-policy.ts';
import { languageCodes, languages, sourceLanguage } from './src/languages.ts';
import { basePathOf } from './src/lib/base-path.ts';
import {
	inlineScriptHashes,
	policyDirectives,
	scriptSources,
	styleSources,
} from './src/lib/content-security-policy.ts';
import { baseLinks } from './src/lib/markdown-base-links.ts';
import { searchWeights } from './src/lib/markdown-search-weights.ts';
import { repositoryUrl } from './src/lib/repository.ts';
import { sidebar } from './src/lib/sidebar.ts';
import { stringsByLanguage } from './src/lib/ui-strings.ts';
import { workerScript } from './src/lib/worker-script.ts';

// Where the published guide lives, set once (the publishing workflow sets it): a domain's root or a path under it,
// such as a GitHub Pages project site. Pages link from the root (`/en/…`); the build puts the path in front.
const site = process.env.SITE_URL ?? 'http://localhost:4321/';
const base = basePathOf(site);

const strings = stringsByLanguage();

export default defineConfig({
	site,
	base,
	// Starlight reads `<srcDir>/content/`: '.' keeps every Starlight feature on with content at the top level.
	srcDir: '.',
	trailingSlash: 'always',
	// Every page carries a content security policy (src/lib/content-security-policy.ts): Astro hashes the scripts and
	// styles it bundles; the inline scripts it does not (Starlight's) are hashed here, from their text at build time.
	security: {
		csp: {
			directives: policyDirectives,
			scriptDirective: { resources: scriptSources, hashes: inlineScriptHashes() },
			styleDirective: { resources: styleSources },
		},
	},
	markdown: {
		processor: satteri({ hastPlugins: [searchWeights(strings), ...(base === '/' ? [] : [baseLinks(base)])] }),
		// Starlight's Expressive Code colours code blocks, with classes and style sheets the policy allows; it turns
		// Shiki off itself, but only after Astro has warned that Shiki's inline styles break a content security policy.
		syntaxHighlight: false,
	},
	vite: {
		build: {
			rollupOptions: {
				onwarn(warning, warn) {
					// Astro's own MDX pages carry a directive that bundling drops on purpose: the warning says nothing to act on.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		guideChecks(),
		starlight({
			// A missing string is reported by the content checks; here the key stands in, as the sidebar's labels do.
			title: Object.fromEntries(languageCodes.map((lang) => [lang, strings[lang]?.['guide.name'] ?? 'guide.name'])),
			description: strings[sourceLanguage]?.['guide.tagline'],
			defaultLocale: sourceLanguage,
			locales: Object.fromEntries(
				Object.entries(languages).map(([code, { label, lang, dir }]) => [code, { label, lang, dir }]),
			),
			social: [{ icon: 'github', label: 'GitHub', href: repositoryUrl }],
			editLink: { baseUrl: `${repositoryUrl}/edit/main/` },
			lastUpdated: true,
			sidebar: sidebar(strings),
			components: {
				// Starlight has no option for footer text: this adds the credit and licences under its own footer.
				Footer: './src/components/starlight/Footer.astro',
				// Nor for a second edit link: a step page's checklist items are in their own file.
				EditLink: './src/components/starlight/EditLink.astro',
				// Starlight has no place between a page's title and its text, where a step shows its summary.
				PageTitle: './src/components/starlight/PageTitle.astro',
				// Nor after a page's Markdown, where a method card ends with its related cards and sources.
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				// Starlight's search has no option for how a search is read: this adds the guide's per-language rules.
				Search: './src/components/starlight/Search.astro',
				// On a phone Starlight lists the language menu after every entry of the menu: this puts it first.
				Sidebar: './src/components/starlight/Sidebar.astro',
			},
			routeMiddleware: './src/lib/route-data.ts',
			// Long lines of code and messages wrap instead of scrolling sideways, on a phone and for the keyboard alike.
			expressiveCode: { defaultProps: { wrap: true } },
			customCss: ['./src/styles/guide.css'],
			plugins: [linksValidator()],
		}),
		// Before the PDFs, printed from the pages under their policy, and the offline guide, which saves them as they are.
		contentSecurityPolicy(),
		printChecklistPdfs(),
		{
			name: 'front-door',
			hooks: {
				// The bilingual front door at `/` sits outside Starlight's per-language pages.
				'astro:config:setup': ({ injectRoute }) => {
					injectRoute({ pattern: '/', entrypoint: './src/front-door/FrontDoor.astro' });
				},
			},
		},
		{
			name: 'worker-start',
			hooks: {
				// Every page, Starlight's and the front door, starts the service worker from the script Astro bundles for
				// all pages: a file, which the content security policy allows as the guide's own, with no inline copy.
				'astro:config:setup': ({ injectScript, command }) => {
					injectScript('page', workerScript(base, command === 'dev'));
				},
			},
		},
		// Last: it lists the files a reader can save, the search index and PDFs included.
		offline(),
	],
});
