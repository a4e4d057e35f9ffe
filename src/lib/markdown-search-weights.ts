import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { methodSections } from '../schemas/method.ts';
import { stepSections } from '../schemas/step-sections.ts';

/**
 * A Sätteri plugin (Astro's Markdown processor) that tells the search to read the headings every step page or every
 * method card repeats ("Questions to ask", "Consent and safety") as plain text. Pagefind counts a word in an <h2>
 * many times over a word in a paragraph: a heading that all 23 cards share put every card above the step that is
 * about the word searched for ("consent" found the cards first, and the step "Build trust" seventh). A heading of
 * the page's own ("Write the call to take part") keeps its weight.
 *
 * `strings` are each language's interface strings, which hold those headings (`guide.stepSection.why`…).
 */
export function searchWeights(strings: Record<string, Record<string, string>>): HastPluginEntry {
	const sections = Object.fromEntries(
		Object.entries(strings).map(([language, text]) => [
			language,
			{
				step: stepSections.map(({ key }) => text[`guide.stepSection.${key}`]),
				method: methodSections.map((key) => text[`guide.methodSection.${key}`]),
			},
		]),
	);
	return defineHastPlugin({
		name: 'guide-search-weights',
		element: {
			filter: ['h2'],
			visit(node, ctx) {
				const page = ctx.fileURL && kindOfPage(fileURLToPath(ctx.fileURL));
				if (page && sections[page.language]?.[page.kind].includes(ctx.textContent(node).trim()))
					ctx.setProperty(node, 'dataPagefindWeight', '1');
			},
		},
	});
}

export type PageKind = 'step' | 'method';

/** A step page (`content/docs/es/process/prework/understand-the-problem.mdx`) or a method card
 * (`content/docs/en/methods/survey.mdx`), with its language; no other page (an index page is neither). */
export function kindOfPage(file: string): { kind: PageKind; language: string } | undefined {
	const path = file.split('\\').join('/');
	const step = /\/content\/docs\/([^/]+)\/process\/[^/]+\/(?!index\.)[^/]+\.mdx?$/.exec(path);
	if (step) return { kind: 'step', language: step[1]! };
	const method = /\/content\/docs\/([^/]+)\/methods\/(?!index\.)[^/]+\.mdx?$/.exec(path);
	if (method) return { kind: 'method', language: method[1]! };
	return undefined;
}
