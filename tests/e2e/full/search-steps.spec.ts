import { expect } from '@playwright/test';
import { languageCodes } from '../../../src/languages.ts';
import { builtText, openSearch, resultPaths, stepsInOrder, test } from '../site';

// For each step, a term particular to it, in each language: searching it must find the step's page.
const terms: Record<string, Record<string, string>> = {
	'prework/understand-the-problem': { en: 'symptoms', es: 'síntomas' },
	'prework/set-the-objective': { en: 'expected outcomes', es: 'resultados esperados' },
	'prework/identify-stakeholders': { en: 'voiceless', es: 'conducta' },
	'prework/set-up-the-context': { en: 'demographic', es: 'demográficas' },
	'prework/evaluate-the-fit': { en: 'legitimacy', es: 'legitimidad' },
	'execution/define-stakeholder-roles': { en: 'beneficiaries', es: 'beneficiarias' },
	'execution/choose-participation': { en: 'referendums', es: 'referendos' },
	'execution/select-methods': { en: 'briefing', es: 'barreras' },
	'execution/assign-roles': { en: 'sponsors', es: 'suplente' },
	'execution/build-trust': { en: 'promise list', es: 'compromisos' },
	'execution/write-the-plan': { en: 'techniques', es: 'estructuras' },
	'postwork/validate-outcomes': { en: 'disagreements', es: 'desacuerdos' },
	'postwork/assess-impact': { en: 'summative', es: 'sumativa' },
	'postwork/document-learnings': { en: 'learning log', es: 'registro de aprendizajes' },
};

test('every step has a search term', () => {
	expect(Object.keys(terms).sort()).toEqual(stepsInOrder().sort());
});

for (const lang of languageCodes) {
	// One dialog for every term, so that Pagefind loads its index once.
	test(`searching each step's term on /${lang}/ finds the step`, async ({ workerPage: page }) => {
		const results = page.locator('.pagefind-ui__result-link');
		await page.goto(`/${lang}/`);
		const box = await openSearch(page);
		for (const [step, byLanguage] of Object.entries(terms)) {
			const term = byLanguage[lang];
			const path = `/${lang}/process/${step}/`;
			expect(term, `no ${lang} search term for ${step}`).toBeDefined();
			expect(
				builtText(path).toLowerCase(),
				`${path} no longer contains “${term}”: choose another term for this test`,
			).toContain(term);
			await box.fill('');
			await expect(results).toHaveCount(0);
			await box.fill(term!);
			// Pagefind loads its index on the first search: give it time on a slow machine.
			await expect(page.locator('.pagefind-ui__message')).toContainText(term!, { timeout: 20_000 });
			await expect
				.poll(async () => (await resultPaths(page)).slice(0, 5), { message: `the first pages found for “${term}”` })
				.toContain(path);
		}
	});
}
