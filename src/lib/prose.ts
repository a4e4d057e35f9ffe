/**
 * The prose of an MDX page as readers meet it: frontmatter values of title and description, headings,
 * paragraphs, list items and table cells, without code, imports, components, link addresses or Markdown marks.
 */
export function prose(body: string, { headings = true } = {}): string[] {
	const lines = (headings ? body : body.replace(/^#{1,6}\s.*$/gm, ''))
		.replace(/```[\s\S]*?```/g, '')
		.replace(/^(import|export) .*$/gm, '')
		.replace(/<[^>\n]+>/g, ' ')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		// A code span in double backticks may hold a single one: ``a `b` c``.
		.replace(/``.*?``|`[^`]*`/g, ' ')
		.split('\n');
	const blocks: string[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		if (paragraph.length) blocks.push(paragraph.join(' '));
		paragraph = [];
	};
	for (const raw of lines) {
		const line = raw.trim();
		if (!line || /^\|?\s*:?-{3,}/.test(line)) {
			flush();
		} else if (line.startsWith('|')) {
			flush();
			blocks.push(
				...line
					.split('|')
					.map((cell) => cell.trim())
					.filter(Boolean),
			);
		} else if (/^(#{1,6}\s|[-*+]\s|\d+\.\s|>\s?)/.test(line)) {
			flush();
			paragraph.push(line.replace(/^(#{1,6}\s|[-*+]\s|\d+\.\s|>\s?)/, ''));
		} else {
			paragraph.push(line);
		}
	}
	flush();
	return blocks
		.map((block) =>
			block
				.replace(/[*_]{1,3}([^*_]+)[*_]{1,3}/g, '$1')
				.replace(/\s+/g, ' ')
				.trim(),
		)
		.filter(Boolean);
}

/** Splits prose into sentences: at . ! ? (and : ; ending a line) followed by a space and a capital, or at a block's end. */
export function sentences(blocks: string[]): string[] {
	return blocks.flatMap((block) =>
		block
			.split(/(?<=[.!?…])\s+(?=["“¿¡(]?[\p{Lu}\d])/u)
			.map((sentence) => sentence.trim())
			.filter((sentence) => words(sentence) > 0),
	);
}

export const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;
