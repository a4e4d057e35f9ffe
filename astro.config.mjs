// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import checklistPdfs from './src/integrations/print-checklist-pdfs.ts';
import { languageCodes, languages } from './src/languages.ts';
import { repositoryUrl } from './src/lib/repository.ts';

/**
 * A sidebar group for a folder: its overview page (the folder's index), then its pages in order.
 * @param {string} label @param {string} es @param {string} folder @param {string[]} pages
 */
const section = (label, es, folder, pages) => ({
	label,
	translations: { es },
	items: [{ slug: folder, label: 'Overview', translations: { es: 'Resumen' } }, ...pages.map((page) => `${folder}/${page}`)],
});

// The guide's name in each language comes from its interface strings (content/i18n/), like every other label.
const title = Object.fromEntries(
	languageCodes.map((lang) => [lang, JSON.parse(readFileSync(`./content/i18n/${lang}.json`, 'utf8'))['guide.name']]),
);

export default defineConfig({
	// Where the published guide lives; the publishing workflow sets it. Content links start at the
	// domain's root (`/en/…`), so the guide is served from a root, never from a sub-folder.
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	// Starlight reads `<srcDir>/content/`: '.' keeps every Starlight feature on with content at the top level.
	srcDir: '.',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title,
			description:
				'A guide for civil society organisations to plan and run digitally enabled, citizen-led participatory processes.',
			defaultLocale: 'en',
			locales: languages,
			social: [{ icon: 'github', label: 'GitHub', href: repositoryUrl }],
			editLink: { baseUrl: `${repositoryUrl}/edit/main/` },
			lastUpdated: true,
			// In the framework's order. A page's label is its title, so it reads in the page's language;
			// group labels are translated here.
			sidebar: [
				'start-here',
				{
					label: 'Before you begin',
					translations: { es: 'Antes de empezar' },
					items: ['before-you-begin/citizen-led', 'before-you-begin/inputs', 'before-you-begin/is-digital-right'],
				},
				{
					label: 'The process',
					translations: { es: 'El proceso' },
					items: [
						'process',
						section('Phase 1: Prework', 'Fase 1: Trabajo previo', 'process/prework', [
							'understand-the-problem',
							'set-the-objective',
							'identify-stakeholders',
							'set-up-the-context',
							'evaluate-the-fit',
						]),
						section('Phase 2: Execution', 'Fase 2: Ejecución', 'process/execution', [
							'define-stakeholder-roles',
							'choose-participation',
							'select-methods',
							'assign-roles',
							'build-trust',
							'write-the-plan',
						]),
						section('Phase 3: Postwork', 'Fase 3: Trabajo posterior', 'process/postwork', [
							'validate-outcomes',
							'assess-impact',
							'document-learnings',
						]),
					],
				},
				section('Checklists', 'Listas de verificación', 'checklists', ['prework', 'execution', 'postwork', 'workshop-pack']),
				section('Case studies', 'Casos de estudio', 'case-studies', ['leon', 'haripur', 'comparison']),
				{
					label: 'Learn from experience',
					translations: { es: 'Aprende de la experiencia' },
					items: ['best-practices', 'lessons-from-the-pilots', 'dilemmas'],
				},
				{
					label: 'Reference',
					translations: { es: 'Consulta' },
					items: ['glossary', 'references', 'about', 'whats-new'],
				},
				{
					label: 'Contribute',
					translations: { es: 'Contribuye' },
					items: ['contribute', 'contribute/style', 'contribute/checks', 'contribute/translation-status'],
				},
			],
			components: {
				// Starlight has no option for footer text: this adds the credit and licences under its own footer.
				Footer: './src/components/starlight/Footer.astro',
				PageTitle: './src/components/starlight/PageTitle.astro',
			},
			customCss: ['./src/styles/guide.css'],
			plugins: [starlightLinksValidator()],
		}),
		checklistPdfs(),
		{
			name: 'front-door',
			hooks: {
				// The bilingual front door at `/` sits outside Starlight's per-language pages.
				'astro:config:setup': ({ injectRoute }) => {
					injectRoute({ pattern: '/', entrypoint: './src/front-door/FrontDoor.astro' });
				},
			},
		},
	],
});
