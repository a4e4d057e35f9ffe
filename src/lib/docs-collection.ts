import type { CollectionEntry } from 'astro:content';
import type { PageText } from './translations.ts';

/** A page of the docs collection as the translation status reads it. */
export function pageTextOf(entry: CollectionEntry<'docs'>): PageText {
	const [lang = '', ...slug] = entry.id.split('/');
	return {
		file: entry.filePath ?? `content/docs/${entry.id}.mdx`,
		lang,
		slug: slug.join('/'),
		title: entry.data.title,
		description: entry.data.description,
		body: entry.body ?? '',
		sourceFingerprint: entry.data.sourceFingerprint,
	};
}
