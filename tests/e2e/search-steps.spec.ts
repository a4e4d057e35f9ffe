import { expect, test } from '@playwright/test';
import { builtText } from './site';

// For each step, a term particular to it, in each language: searching it must find the step's page.
const terms: Record<string, { en: string; es: string }> = {
	'prework/understand-the-problem': { en: 'symptoms', es: 'síntomas' },
	'prework/set-the-objective': { en: 'expected outcomes', es: 'resultados esperados' },
	'prework/identify-stakeholders': { en: 'voiceless', es: 'conducta' },
	'prework/set-up-the-context': { en: 'demographic', es: 'demográficas' },
	'prework/evaluate-the-fit': { en: 'legitimacy', es: 'legitimidad' },
	'execution/define-stakeholder-roles': { en: 'beneficiaries', es: 'beneficiarias' },
	'execution/choose-participation': { en: 'referendums', es: 'referendos' },
	'execution/select-methods': { en: 'briefing', es: 'barreras' },
	'execution/assign-roles': { en: 'sponsors', es: 'patrocinadora' },
	'execution/build-trust': { en: 'commitments', es: 'compromisos' },
	'execution/write-the-plan': { en: 'techniques', es: 'estructuras' },
	'postwork/validate-outcomes': { en: 'disagreements', es: 'desacuerdos' },
	'postwork/assess-impact': { en: 'summative', es: 'sumativa' },
	'postwork/document-learnings': { en: 'learning log', es: 'registro de aprendizajes' },
};
const searchLabel = { en: 'Search', es: 'Buscar' };

for (const [step, byLanguage] of Object.entries(terms)) {
	for (const lang of ['en', 'es'] as const) {
		const term = byLanguage[lang];
		const path = `/${lang}/process/${step}/`;
		test(`searching “${term}” on /${lang}/ finds ${path}`, async ({ page }) => {
			expect(builtText(path).toLowerCase(), `${path} no longer contains “${term}”: choose another term for this test`).toContain(term);
			await page.goto(`/${lang}/`);
			await page.getByRole('button', { name: searchLabel[lang] }).click();
			await page.getByRole('dialog').getByRole('textbox').fill(term);
			const results = page.locator('.pagefind-ui__result-link');
			// Pagefind loads its index on the first search: give it time on a slow machine.
			await expect(results.first()).toBeVisible({ timeout: 20_000 });
			const found = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
			expect(found.slice(0, 5), `the first results for “${term}”`).toContain(path);
		});
	}
}
