// The plan as a Word document (.docx) that a partner can edit: made in the browser from the plan's answers and the
// printed plan's layout (src/common/plan/word-document.ts), zipped with fflate. Loaded only when the reader asks.
import { strToU8, zipSync } from 'fflate';
import { type Plan, type PrintLayout } from '../../common/plan/model.ts';
import { fillLayout } from '../../common/plan/filled-plan.ts';
import { wordDocumentFiles } from '../../common/plan/word-document.ts';

export function planDocx(layout: PrintLayout, plan: Plan, language: string): Promise<Blob> {
	const files = wordDocumentFiles(fillLayout(layout, plan.answers), language, document.documentElement.dir === 'rtl');
	const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])));
	return Promise.resolve(
		new Blob([zip], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
	);
}
