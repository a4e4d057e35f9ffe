import { getCollection, type CollectionEntry } from 'astro:content';
import { sourceLanguage } from '../languages.ts';
import type { MethodFactName, methodFacts } from '../schemas/method.ts';
import { methodSlugOf } from './method-cards.ts';
import type { z } from 'astro/zod';

export type MethodFacts = { [K in MethodFactName]: z.infer<(typeof methodFacts)[K]> };
type Method = NonNullable<CollectionEntry<'docs'>['data']['method']>;

export interface MethodCard {
	/** `focus-group`: the card's file name, the same in every language. */
	slug: string;
	/** The facts, from the English card, where they are written once. */
	facts: MethodFacts;
	/** The card in the language asked for, or the English card where it is not translated yet. */
	page: CollectionEntry<'docs'>;
	/** Its words, from that page: times, skills, materials, other names, sources. */
	texts: Required<Pick<Method, 'time' | 'skills' | 'materials' | 'sources'>> & Pick<Method, 'alsoCalled'>;
}

/**
 * Each language's cards, read once per build: a card's page asks for them several times (title, end, plan, index).
 * Not in `astro dev`, where a card being edited must show its new words.
 */
const cardsByLocale = new Map<string, Promise<MethodCard[]>>();

/** Every method card in one language, by title in that language. */
export function methodCards(locale: string): Promise<MethodCard[]> {
	if (import.meta.env.DEV) return readMethodCards(locale);
	if (!cardsByLocale.has(locale)) cardsByLocale.set(locale, readMethodCards(locale));
	return cardsByLocale.get(locale)!;
}

async function readMethodCards(locale: string): Promise<MethodCard[]> {
	const docs = await getCollection('docs', (entry) => methodSlugOf(entry.id) !== undefined);
	const cards = docs
		.filter((entry) => entry.id.startsWith(`${sourceLanguage}/`))
		.map((source): MethodCard => {
			const slug = methodSlugOf(source.id)!;
			const page = docs.find((entry) => entry.id === `${locale}/methods/${slug}`) ?? source;
			const facts = source.data.method as MethodFacts | undefined;
			const { time, skills, materials, sources, alsoCalled } = page.data.method ?? {};
			// The content checks (npm run check) explain what is missing; the build stops here rather than show a gap.
			if (!facts?.origin || !time || !skills || !materials || !sources)
				throw new Error(
					`${page.filePath}: this method card lacks some of its fields under \`method:\`. Run \`npm run check\`: it names each one.`,
				);
			return { slug, facts, page, texts: { time, skills, materials, sources, alsoCalled } };
		});
	return cards.sort((a, b) => a.page.data.title.localeCompare(b.page.data.title, locale));
}

/** The card a page shows, in any language, or undefined for other pages. */
export async function methodCardOf(pageId: string): Promise<MethodCard | undefined> {
	const slug = methodSlugOf(pageId);
	if (!slug) return undefined;
	return (await methodCards(pageId.split('/')[0]!)).find((card) => card.slug === slug);
}
