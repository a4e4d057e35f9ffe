import { phases } from '../schemas/frontmatter.ts';

/** The sheets that are printed as PDFs (each phase's checklist and the workshop pack), and the two paper sizes. */
export const pdfSheets = [...phases, 'workshop-pack'] as const;
export const papers = [
	{ paper: 'a4', format: 'A4' },
	{ paper: 'letter', format: 'Letter' },
] as const;

/** The PDFs of one sheet in one language: the page they are printed from, and the file, from the site's root. */
export const checklistPdfs = (lang: string, name: string) =>
	papers.map(({ paper, format }) => ({
		paper,
		format,
		page: `/${lang}/checklists/${name}/`,
		href: `/${lang}/checklists/participation-guide-${name}-${lang}-${paper}.pdf`,
	}));
