import { languageCodes } from '../languages.ts';
import { prose } from '../lib/prose.ts';
import { avoidRules, avoidedIn, type GlossaryEntry } from '../lib/terminology.ts';
import { glossarySchema } from '../schemas/data.ts';
import type { Guide, Problem } from './guide.ts';

/** The frontmatter without what is a key for the build, not words readers see (phase, step ids, addresses). */
function readerFacingFrontmatter({ phase, caseStudy, sourceFingerprint, ...rest }: Record<string, unknown>) {
	if (!caseStudy) return rest;
	const { steps, sources, ...facts } = caseStudy as { steps?: unknown; sources?: { title: string }[] };
	return { ...rest, ...facts, sources: sources?.map((source) => source.title) };
}

/** Every text a reader meets in one language, line by line: pages, interface strings, checklist items. */
function textsIn(guide: Guide, lang: string): { file: string; lines: string[] }[] {
	const fromPages = guide.pages
		.filter((page) => page.lang === lang)
		.map((page) => ({
			file: page.file,
			lines: [JSON.stringify(readerFacingFrontmatter(page.frontmatter)), ...prose(page.body)],
		}));
	const strings = guide.strings[lang]?.data as Record<string, string> | undefined;
	const fromStrings = { file: `content/i18n/${lang}.json`, lines: Object.values(strings ?? {}) };
	const fromChecklists = guide.checklists.map(({ file, data }) => ({
		file,
		// A checklist of the wrong shape is named by the checklist check: here it only has no text to read.
		lines: [(data as { items?: unknown } | undefined)?.items]
			.flatMap((items): unknown[] => (Array.isArray(items) ? (items as unknown[]) : []))
			.map((item) => (item as { text?: Record<string, unknown> } | null)?.text?.[lang])
			.filter((text): text is string => typeof text === 'string'),
	}));
	return [...fromPages, fromStrings, ...fromChecklists];
}

/** Pages, interface strings and checklists use the glossary's terms, never the forms it lists to avoid. */
export function glossaryTermProblems(guide: Guide): Problem[] {
	// Only the terms of the right shape: the glossary check names the others.
	const glossary = Object.fromEntries(
		Object.entries((guide.glossary.data ?? {}) as Record<string, unknown>).filter(
			([, entry]) => glossarySchema.safeParse(entry).success,
		),
	) as Record<string, GlossaryEntry>;
	return languageCodes.flatMap((lang) => {
		const rules = avoidRules(glossary, lang);
		return textsIn(guide, lang).flatMap(({ file, lines }) =>
			avoidedIn(lines.join('\n'), rules).map(({ avoid, use }) => ({
				file,
				message: `uses "${avoid}": write "${use}" instead (the glossary, content/glossary.yaml, lists "${avoid}" under \`avoid\` for ${lang}).`,
			})),
		);
	});
}
