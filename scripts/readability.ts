// Reports, for every page in each language, the average sentence length and the longest sentences.
// The guide aims for an average under 20 words (content/docs/en/contribute/style.mdx). Headings, and fragments under four words
// (table labels, short list items), are not sentences and are left out of the figures.
// Usage: npm run readability [-- --json] [-- --longest N]
import { pages } from '../src/lib/content.ts';
import { prose, sentences, words } from '../src/lib/prose.ts';

const json = process.argv.includes('--json');
const longestIndex = process.argv.indexOf('--longest');
const longestCount = longestIndex > 0 ? Number(process.argv[longestIndex + 1]) : 3;
const target = 20;

const report = pages().map((page) => {
	const texts = [page.frontmatter.title, page.frontmatter.description].filter(
		(v): v is string => typeof v === 'string',
	);
	const all = sentences([...texts, ...prose(page.body, { headings: false })]).filter((text) => words(text) >= 4);
	const lengths = all.map(words);
	const total = lengths.reduce((sum, n) => sum + n, 0);
	return {
		file: page.file,
		lang: page.lang,
		sentences: all.length,
		words: total,
		average: all.length ? Number((total / all.length).toFixed(1)) : 0,
		longest: all
			.map((text) => ({ words: words(text), text }))
			.sort((a, b) => b.words - a.words)
			.slice(0, longestCount),
	};
});

if (json) {
	console.log(JSON.stringify(report, null, 2));
} else {
	for (const lang of [...new Set(report.map((r) => r.lang))].sort()) {
		const rows = report.filter((r) => r.lang === lang);
		const words = rows.reduce((sum, r) => sum + r.words, 0);
		const count = rows.reduce((sum, r) => sum + r.sentences, 0);
		console.log(
			`\n${lang}: ${rows.length} pages, ${count} sentences, ${(words / count).toFixed(1)} words per sentence on average (aim: under ${target})`,
		);
		for (const row of rows.sort((a, b) => b.average - a.average)) {
			console.log(
				`  ${row.average.toFixed(1).padStart(5)}  ${row.file} (${row.sentences} sentences, ${row.words} words)${row.average >= target ? '  ← over the aim' : ''}`,
			);
			for (const { words, text } of row.longest)
				console.log(
					`         ${String(words).padStart(3)} words: ${text.length > 140 ? `${text.slice(0, 137)}…` : text}`,
				);
		}
	}
}
