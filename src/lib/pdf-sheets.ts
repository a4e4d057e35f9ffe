/** The sheets that are printed as PDFs, and the two paper sizes. */
export const pdfSheets = ['prework', 'execution', 'postwork', 'workshop-pack'] as const;
export const papers = [
	{ paper: 'a4', format: 'A4' },
	{ paper: 'letter', format: 'Letter' },
] as const;

/** The PDFs of one sheet in one language, and where they are published. */
export const checklistPdfs = (lang: string, name: string) =>
	papers.map(({ paper, format }) => ({
		paper,
		format,
		page: `/${lang}/checklists/${name}/`,
		href: `/${lang}/checklists/participation-guide-${name}-${lang}-${paper}.pdf`,
	}));
