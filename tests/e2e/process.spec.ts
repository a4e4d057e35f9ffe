import { expect, test } from '@playwright/test';

const steps = {
	prework: ['understand-the-problem', 'set-the-objective', 'identify-stakeholders', 'set-up-the-context', 'evaluate-the-fit'],
	execution: ['define-stakeholder-roles', 'choose-participation', 'select-methods', 'assign-roles', 'build-trust', 'write-the-plan'],
	postwork: ['validate-outcomes', 'assess-impact', 'document-learnings'],
};
const processInOrder = [
	'process/',
	...Object.entries(steps).flatMap(([phase, slugs]) => [`process/${phase}/`, ...slugs.map((slug) => `process/${phase}/${slug}/`)]),
];

for (const lang of ['en', 'es']) {
	test(`“Next” takes a ${lang} reader through the whole process in the framework's order`, async ({ page }) => {
		const visited: string[] = [];
		await page.goto(`/${lang}/${processInOrder[0]}`);
		for (;;) {
			visited.push(new URL(page.url()).pathname.replace(`/${lang}/`, ''));
			const next = page.locator('a[rel="next"]');
			if (visited.length === processInOrder.length || (await next.count()) === 0) break;
			await page.goto((await next.getAttribute('href'))!);
		}
		expect(visited).toEqual(processInOrder);
	});

	test(`each ${lang} phase overview lists its steps, in order, with what each step gives`, async ({ page }) => {
		for (const [phase, slugs] of Object.entries(steps)) {
			await page.goto(`/${lang}/process/${phase}/`);
			const links = page.locator('.phase-steps a');
			await expect(links).toHaveCount(slugs.length);
			expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
				slugs.map((slug) => `/${lang}/process/${phase}/${slug}/`),
			);
		}
	});
}

test('a step page shows its phase, step, outputs, roles and time under its title', async ({ page }) => {
	await page.goto('/es/process/prework/identify-stakeholders/');
	const summary = page.locator('.step-summary');
	await expect(summary).toContainText('Fase 1: Trabajo previo · Paso 3');
	await expect(summary).toContainText('Lo que tendrás');
	await expect(summary).toContainText('Equipo central');
	await expect(summary).toContainText('Preparación: 1 a 2 horas');
	await expect(page.locator('.guide-checklist li')).toHaveCount(7);
});
