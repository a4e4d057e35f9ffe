import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { guideFrontmatter } from './src/schemas/frontmatter';
import { guideStrings } from './src/schemas/ui-strings';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: guideFrontmatter }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: guideStrings }) }),
};
