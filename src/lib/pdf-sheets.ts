import { phases } from '../schemas/frontmatter.ts';

/** The sheets of the session kit (`/<lang>/kit/<name>/`), in the order the sidebar and the kit's index list them. */
export const kitSheets = ['agenda', 'run-sheet', 'consent', 'exit-sheet', 'budget', 'messages'] as const;

/** A sheet printed as PDFs: the folder of its page, its name there, and how many pages it must print on. */
export interface PdfSheet {
	section: 'checklists' | 'kit' | 'methods';
	name: string;
	pages: number;
	/** `pages` is for each method card, and the most it may take: a card fits one sheet, both sides at most. */
	perCard?: boolean;
}

/**
 * The sheets that are printed as PDFs: each phase's checklist, the workshop pack, each sheet of the kit, and every
 * method card together (the workshop pack offers them as a PDF of their own).
 */
export const pdfSheets: readonly PdfSheet[] = [
	...phases.map((name) => ({ section: 'checklists' as const, name, pages: 1 })),
	{ section: 'checklists', name: 'workshop-pack', pages: phases.length },
	...kitSheets.map((name) => ({ section: 'kit' as const, name, pages: 1 })),
	{ section: 'methods', name: 'print', pages: 2, perCard: true },
];
export const papers = [
	{ paper: 'a4', format: 'A4' },
	{ paper: 'letter', format: 'Letter' },
] as const;

/** The file name's part for a sheet: a checklist keeps its name (its PDFs' addresses predate the kit). */
const stem = ({ section, name }: Pick<PdfSheet, 'section' | 'name'>) =>
	section === 'checklists' ? name : section === 'methods' ? 'method-cards' : `${section}-${name}`;

/** The PDFs of one sheet in one language: the page they are printed from, and the file, from the site's root. */
export const sheetPdfs = (lang: string, sheet: Pick<PdfSheet, 'section' | 'name'>) =>
	papers.map(({ paper, format }) => ({
		paper,
		format,
		page: `/${lang}/${sheet.section}/${sheet.name}/`,
		href: `/${lang}/${sheet.section}/participation-guide-${stem(sheet)}-${lang}-${paper}.pdf`,
	}));
