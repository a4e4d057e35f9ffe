// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { repositoryUrl } from './src/repository.ts';

export default defineConfig({
	// Where the published guide lives; the publishing workflow sets it. Content links start at the
	// domain's root (`/en/…`), so the guide is served from a root, never from a sub-folder.
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	// Starlight reads `<srcDir>/content/`: '.' keeps every Starlight feature on with content at the top level.
	srcDir: '.',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: { en: 'Participation Guide', es: 'Guía de participación' },
			description:
				'A guide for civil society organisations to plan and run digitally enabled, citizen-led participatory processes.',
			defaultLocale: 'en',
			// A new language is one entry here and one folder in content/docs/.
			locales: {
				en: { label: 'English', lang: 'en' },
				es: { label: 'Español', lang: 'es' },
			},
			social: [{ icon: 'github', label: 'GitHub', href: repositoryUrl }],
			editLink: { baseUrl: `${repositoryUrl}/edit/main/` },
			lastUpdated: true,
			// Each entry's label is its page's title, so it reads in the page's language.
			sidebar: ['start-here', 'about'],
			components: {
				// Starlight has no option for footer text: this adds the credit and licences under its own footer.
				Footer: './src/components/Footer.astro',
			},
			customCss: ['./src/styles/guide.css'],
			plugins: [starlightLinksValidator()],
		}),
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
