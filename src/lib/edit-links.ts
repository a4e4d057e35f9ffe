import { stepKey } from './step-order.ts';

/**
 * The address that edits a step's checklist file, from Starlight's edit address of the step's page: the same
 * repository and branch (astro.config.mjs, `editLink`), with `content/checklists/<phase>/<step>.yaml` in place of the
 * page's path. Undefined for a page that is not a step, or that Starlight gives no edit address.
 */
export function checklistEditUrl(editUrl: URL | undefined, pageId: string): string | undefined {
	const key = stepKey(pageId);
	if (!editUrl || !key) return undefined;
	const at = editUrl.href.indexOf('content/docs/');
	return at === -1 ? undefined : `${editUrl.href.slice(0, at)}content/checklists/${key}.yaml`;
}
