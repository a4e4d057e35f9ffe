import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { checklistSchema, glossarySchema } from './src/schemas/data';
import { guideFrontmatter } from './src/schemas/frontmatter';
import { guideStrings } from './src/schemas/ui-strings';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: guideFrontmatter }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: guideStrings }) }),
	checklists: defineCollection({
		loader: glob({ pattern: '**/*.yaml', base: './content/checklists' }),
		schema: checklistSchema,
	}),
	glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: glossarySchema }),
};
