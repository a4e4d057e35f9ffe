import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';
import { printedPages } from '../../src/common/plan/printed-pages.ts';
import { axeViolations, test } from './site.ts';

const field = (page: Page, key: string) => page.locator(`[data-field="${key}"]`);
const planChoice = (page: Page) => page.locator('[data-plan-choice]');
const message = (page: Page) => page.locator('[data-plan-message]');
const objective = 'prework/set-the-objective#1';
const schedule = 'execution/write-the-plan#1';

/** Every field's answer as the page shows it: a ticked method as `yes`, a choice as the value of its radio button. */
const answers = (page: Page) =>
	page
		.locator('.plan-form [data-field]')
		.evaluateAll((fields) =>
			fields.map((field) => {
				const key = (field as HTMLElement).dataset.field ?? '';
				if (field instanceof HTMLInputElement && field.type === 'checkbox') return [key, field.checked ? 'yes' : ''];
				if (field instanceof HTMLFieldSetElement)
					return [key, field.querySelector<HTMLInputElement>('input:checked')?.value ?? ''];
				return [key, (field as HTMLInputElement).value];
			}),
		)
		.then((pairs) => Object.fromEntries(pairs) as Record<string, string>);

/** Waits until the page has written what was typed (it saves shortly after the last key). */
const saved = (page: Page) => expect(page.locator('[data-plan-saved]')).toContainText(/Saved on this device|Guardado/);

async function download(page: Page, button: string | RegExp): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	return file.path();
}

async function openFile(page: Page, name: string, text: string) {
	await page
		.locator('[data-plan-file]')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('answers survive a reload and the switch to Spanish; a second plan is kept apart', async ({ page }) => {
	await page.goto('/en/plan/');
	await expect(page.locator('[data-plan-saved]')).toHaveText(/Nothing typed yet/);
	await field(page, 'process.name').fill('Mapping our block');
	await field(page, objective).fill('Map every street light.\nWith residents.');
	await saved(page);
	await page.reload();
	await expect(field(page, objective)).toHaveValue('Map every street light.\nWith residents.');
	await expect(planChoice(page).locator('option:checked')).toHaveText('Mapping our block');

	await page.locator('starlight-lang-select select').locator('visible=true').first().selectOption({ label: 'Español' });
	await expect(page).toHaveURL('/es/plan/');
	await expect(field(page, 'process.name')).toHaveValue('Mapping our block');
	await expect(field(page, objective)).toHaveValue('Map every street light.\nWith residents.');
	await expect(
		page.locator('label', { hasText: 'Un objetivo general y entre dos y cuatro objetivos específicos' }),
	).toBeVisible();

	await page.getByRole('button', { name: 'Plan nuevo' }).click();
	await expect(field(page, objective)).toHaveValue('');
	await field(page, 'process.name').fill('Segundo proceso');
	await field(page, objective).fill('Otro objetivo');
	await saved(page);
	await expect(planChoice(page).locator('option')).toHaveText(['Segundo proceso', 'Mapping our block']);

	await planChoice(page).selectOption({ label: 'Mapping our block' });
	await expect(field(page, objective)).toHaveValue('Map every street light.\nWith residents.');
	await page.reload();
	await expect(field(page, 'process.name')).toHaveValue('Mapping our block');

	// Deleting asks first, and a refusal keeps the plan.
	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: 'Borrar este plan' }).click();
	await expect(planChoice(page).locator('option')).toHaveCount(2);
	page.once('dialog', (dialog) => {
		expect(dialog.message()).toContain('«Mapping our block»');
		void dialog.accept();
	});
	await page.getByRole('button', { name: 'Borrar este plan' }).click();
	await expect(message(page)).toHaveText('El plan «Mapping our block» se borró de este dispositivo.');
	await expect(planChoice(page).locator('option')).toHaveText(['Segundo proceso']);
	await expect(field(page, objective)).toHaveValue('Otro objetivo');
});

test('a plan file opens again exactly in a fresh browser, in the other language; the Word document holds the plan', async ({
	page,
	browser,
}) => {
	await page.goto('/en/plan/');
	await field(page, 'process.name').fill('Haripur youth forum');
	await field(page, 'process.place').fill('Haripur');
	await field(page, objective).fill('Hear young people on jobs.');
	await field(page, schedule).fill('3 March: forum\n10 March: report back');
	await saved(page);
	const before = await answers(page);
	const file = readFileSync(await download(page, 'Save as a plan file'), 'utf8');
	expect(JSON.parse(file)).toMatchObject({ format: 'participation-guide-plan', version: 1 });
	// The Word document holds the same plan, in the parts of the printed plan.
	const xml = zipEntry(readFileSync(await download(page, 'Save as a Word document')), 'word/document.xml');
	for (const text of [
		'Participation plan',
		'Haripur youth forum',
		'5. Schedule and locations',
		'10 March: report back',
	])
		expect(xml).toContain(text);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto('/es/plan/');
	await openFile(other, 'haripur.plan.json', file);
	await expect(message(other)).toHaveText(
		'El plan «Haripur youth forum» se abrió desde el archivo y quedó guardado en este dispositivo.',
	);
	expect(await answers(other)).toEqual(before);
	await other.reload();
	expect(await answers(other)).toEqual(before);
	// Saved again from the other language, the file holds the same plan.
	const again: unknown = JSON.parse(readFileSync(await download(other, 'Guardar como archivo de plan'), 'utf8'));
	expect(again).toEqual(JSON.parse(file));

	// Opening the same plan again asks before replacing it; Cancel keeps both.
	other.once('dialog', (dialog) => dialog.dismiss());
	await openFile(other, 'haripur.plan.json', file);
	await expect(planChoice(other).locator('option')).toHaveText(['Haripur youth forum', 'Haripur youth forum']);
	await fresh.close();
});

test('a file that is not a plan, is damaged, newer, too large or with fields a plan lacks is refused, and the plan stays as it was', async ({
	page,
}) => {
	await page.goto('/en/plan/');
	await field(page, 'process.name').fill('León mapping');
	await field(page, objective).fill('Find the dark streets.');
	await saved(page);
	const before = await answers(page);
	const plan = readFileSync(await download(page, 'Save as a plan file'), 'utf8');

	await openFile(page, 'photo.json', '{"name": "a holiday photo"}');
	await expect(message(page)).toHaveText(
		'“photo.json” is not a plan from this guide: open a file saved with “Save as a plan file”. Your plans are unchanged.',
	);
	await openFile(page, 'cut.plan.json', plan.slice(0, plan.length / 2));
	await expect(message(page)).toContainText('“cut.plan.json” is damaged');
	await openFile(page, 'next.plan.json', plan.replace('"version": 1', '"version": 2'));
	await expect(message(page)).toContainText('“next.plan.json” was saved by a newer version of this guide.');
	// Larger than any plan (refused unread), or with a field a plan does not have.
	await openFile(page, 'huge.plan.json', plan.replace('"León mapping"', `"${'x'.repeat(1_000_001)}"`));
	await expect(message(page)).toHaveText(
		'“huge.plan.json” is too large to be a plan from this guide: a plan file holds at most 1 MB. Check that you chose a file saved with “Save as a plan file”. Your plans are unchanged.',
	);
	await openFile(page, 'odd.plan.json', plan.replace('"process.name"', '"process.password": "x",\n\t\t"process.name"'));
	await expect(message(page)).toContainText('“odd.plan.json” holds fields that a plan from this guide does not have');

	expect(await answers(page)).toEqual(before);
	await expect(planChoice(page).locator('option')).toHaveCount(1);
	await page.reload();
	expect(await answers(page)).toEqual(before);
});

test('where storage is refused, the page says so at once and the plan still saves as a file', async ({ page }) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.goto('/en/plan/');
	await expect(message(page)).toHaveText(/This browser is not keeping your plan/);
	await field(page, 'process.name').fill('Kept in a file');
	await field(page, objective).fill('Still here.');
	const file = JSON.parse(readFileSync(await download(page, 'Save as a plan file'), 'utf8')) as {
		answers: Record<string, string>;
	};
	expect(file.answers).toEqual({ 'process.name': 'Kept in a file', [objective]: 'Still here.' });
});

test('two tabs on one plan: each keeps the other’s answers, and a clash shows both', async ({ context }) => {
	const first = await context.newPage();
	await first.goto('/en/plan/');
	await field(first, 'process.name').fill('Shared');
	await saved(first);
	const second = await context.newPage();
	// The second tab's clock stands still, so that what it types stays unsaved until the test moves the clock on.
	await second.clock.install();
	await second.goto('/en/plan/');
	await expect(field(second, 'process.name')).toHaveValue('Shared');

	await field(first, objective).fill('From the first tab');
	await field(second, schedule).fill('From the second tab');
	await second.clock.runFor(1000);
	await expect(field(second, objective)).toHaveValue('From the first tab');
	await expect(field(first, schedule)).toHaveValue('From the second tab');
	await expect(message(first)).toHaveText('This plan was changed in another tab, and those changes are shown here.');

	// The same answer typed in both before either saves: the second tab keeps its own and shows the first's.
	await field(second, objective).fill('Mine, not saved yet');
	await field(first, objective).fill('Theirs, saved');
	await first.locator('[data-field="process.place"]').focus();
	const clash = second.locator('.plan-conflict');
	await expect(clash).toContainText('Another tab saved a different answer here:\nTheirs, saved');
	await expect(field(second, objective)).toHaveValue('Mine, not saved yet');
	await clash.getByRole('button', { name: 'Use that answer' }).click();
	await expect(field(second, objective)).toHaveValue('Theirs, saved');
});

test('without JavaScript the page shows the blank form, readable, and it prints with room to write', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/es/plan/');
	await expect(page.locator('[data-plan-tools]')).toBeHidden();
	await expect(
		page.getByLabel('Un objetivo general y entre dos y cuatro objetivos específicos', { exact: true }),
	).toBeVisible();
	await expect(page.getByText('Plan de participación', { exact: true })).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	// On paper the form has the plan's title, its fields in step order with room to write, and the guide's address.
	await expect(page.getByText('Plan de participación', { exact: true })).toBeVisible();
	await expect(page.locator('.plan-form .plan-footer')).toContainText('/es/plan/');
	const box = await field(page, objective).boundingBox();
	expect(box!.height, 'a field prints with room for a few handwritten lines').toBeGreaterThan(80);
	const sheets = (await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })))).numPages;
	expect(sheets).toBeGreaterThan(1);
	await context.close();
});

test('a visit that starts no plan does not fetch the printed plan; printing fetches it and prints it', async ({
	page,
}) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(request.url()));
	await page.addInitScript(() => {
		window.print = () => undefined;
	});
	await page.goto('/en/plan/', { waitUntil: 'networkidle' });
	expect(fetched.filter((url) => /printout|plan-print/.test(url))).toEqual([]);
	await expect(page.locator('.plan-document')).toHaveCount(0);
	await page.getByRole('button', { name: 'Print the plan' }).click();
	await expect(page.locator('.plan-document')).toBeAttached();
	expect(fetched.filter((url) => /printout\.[\w-]+\.js$/.test(url))).toHaveLength(1);
	expect(fetched.filter((url) => /plan-print\.[\w-]+\.css$/.test(url))).toHaveLength(1);
});

test('the plan and the blank plan print on the pages the plan page states, in A4 and in Letter', async ({ page }) => {
	await page.addInitScript(() => {
		window.print = () => undefined;
	});
	await page.goto('/en/plan/');
	await expect(page.locator('.plan-pages')).toHaveText(
		`Printed, the blank plan takes ${printedPages.blankA4} pages in A4 and ${printedPages.blankLetter} in Letter; a plan with one method and a few lines in every field takes about ${printedPages.filled}.`,
	);
	// A level of say, one method, and a few lines in every field.
	await page.getByRole('radio', { name: 'We ask you' }).check();
	await page.locator('.plan-method-choice input').first().check();
	await page.locator('.plan-form :is(textarea, input[type="text"])').evaluateAll((fields) => {
		for (const field of fields as HTMLTextAreaElement[]) {
			field.value = field.dataset.field!.startsWith('process.')
				? 'A name of a few words'
				: 'A first line of the answer, as a team would write it in a planning meeting.\nA second line, with a date, a name and a place.';
			field.dispatchEvent(new Event('input'));
		}
	});
	const sheets = async (format: 'A4' | 'Letter') => {
		const margin = { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' };
		return (await getDocumentProxy(new Uint8Array(await page.pdf({ format, margin })))).numPages;
	};
	await expect(page.locator('.plan-document')).toBeAttached();
	for (const format of ['A4', 'Letter'] as const)
		expect(await sheets(format), format).toBeLessThanOrEqual(printedPages.filled);
	// Printing fires "afterprint", which ends the blank plan: the button starts it again for each paper size.
	for (const format of ['A4', 'Letter'] as const) {
		await page.getByRole('button', { name: 'Print a blank plan' }).click();
		await expect(page.locator('[data-plan]')).toHaveClass(/plan-blank/);
		expect(await sheets(format), `the blank plan in ${format}`).toBe(printedPages[`blank${format}`]);
	}
});

test('the level of say, the promise and a method chosen from the cards are kept, print, and go into the Word document', async ({
	page,
}) => {
	await page.addInitScript(() => {
		window.print = () => undefined;
	});
	await page.goto('/en/plan/');
	const card = page.locator('.plan-method', { hasText: 'Focus group' });
	await expect(card.getByRole('link', { name: 'Read the card: Focus group' })).toHaveAttribute(
		'href',
		'/en/methods/focus-group/',
	);
	const groups = field(page, 'method.focus-group.groups');
	await expect(groups, 'a method’s fields show only once it is ticked').toBeHidden();
	await field(page, 'process.name').fill('Market voices');
	await field(page, 'process.organisation').fill('A vendors’ association');
	await page.getByRole('radio', { name: 'We ask you' }).check();
	await field(page, 'promise.use').fill('We will take the three most common proposals to the market board.');
	await field(page, 'promise.decides').fill('The market board');
	await field(page, 'promise.hearBack').fill('By 30 May, at the market notice board');
	await field(page, 'promise.contact').fill('The association’s office, Mondays');
	await card.getByRole('checkbox', { name: 'Focus group' }).check();
	await expect(card.getByText('The card suggests: through partner organisations and quotas by group.')).toBeVisible();
	await groups.fill('Women vendors\nYoung vendors');
	await saved(page);
	await page.reload();
	await expect(page.getByRole('radio', { name: 'We ask you' })).toBeChecked();
	await expect(card.getByRole('checkbox', { name: 'Focus group' })).toBeChecked();
	await expect(groups).toHaveValue('Women vendors\nYoung vendors');
	await expect(field(page, 'promise.decides')).toHaveValue('The market board');
	expect(await axeViolations(page), 'the form with a method ticked').toEqual([]);

	// The printed plan: the level by its label, the promise, and the method by its title with its fields.
	await page.emulateMedia({ media: 'print' });
	const printed = page.locator('.plan-document');
	await expect(printed.getByText('We ask you', { exact: true })).toBeVisible();
	await expect(printed.getByText('We tell you', { exact: true }), 'a level not chosen does not print').toBeHidden();
	await expect(printed.getByText('The market board', { exact: true })).toBeVisible();
	const method = printed.locator('.plan-doc-method', { hasText: 'Focus group' });
	await expect(method.getByRole('heading', { name: 'Focus group' })).toBeVisible();
	await expect(method).toContainText('The groups it serves');
	await expect(method).toContainText('Women vendors\nYoung vendors');
	await expect(
		printed.getByText('Tick the methods you will use:'),
		'with a method chosen, no list to tick',
	).toBeHidden();
	await expect(page.locator('.plan-card')).toBeHidden();

	// The promise card prints instead of the plan, on half a sheet.
	await page.emulateMedia({ media: 'screen' });
	await page.getByRole('button', { name: 'Print the promise card' }).click();
	await page.emulateMedia({ media: 'print' });
	await expect(printed).toBeHidden();
	const promise = page.locator('.plan-card');
	await expect(promise.getByRole('heading', { name: 'Our promise to you' })).toBeVisible();
	for (const line of [
		'Market voices',
		'How much say you have: We ask you',
		'What we will do with what you give us: We will take the three most common proposals to the market board.',
		'Who decides: The market board',
		'When and how you will hear back: By 30 May, at the market notice board',
		'Organisation: A vendors’ association',
		'Contact for questions: The association’s office, Mondays',
	])
		await expect(promise.getByText(line, { exact: true })).toBeVisible();
	await expect(promise).toContainText('Participation Guide · English');
	expect(await axeViolations(page), 'the promise card, printed').toEqual([]);
	const height = (await promise.boundingBox())!.height;
	expect(height, 'the card fits half a sheet of Letter (127 mm)').toBeLessThan((127 / 25.4) * 96);
	const sheets = (await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })))).numPages;
	expect(sheets, 'the promise card prints on one sheet').toBe(1);
	await page.emulateMedia({ media: 'screen' });
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));

	// The Word document holds them too.
	const xml = zipEntry(readFileSync(await download(page, 'Save as a Word document')), 'word/document.xml');
	for (const text of [
		'How much say participants get',
		'We ask you',
		'Focus group',
		'The groups it serves',
		'Young vendors',
	])
		expect(xml).toContain(text);

	// In Spanish, the same plan, with the level's and the method's names in Spanish.
	await page.goto('/es/plan/');
	await expect(page.getByRole('radio', { name: 'Te consultamos' })).toBeChecked();
	await expect(page.locator('.plan-method', { hasText: 'Grupo focal' }).getByRole('checkbox')).toBeChecked();
	await expect(groups).toHaveValue('Women vendors\nYoung vendors');
});

test('a plan file saved before the plan held methods opens with every answer', async ({ page }) => {
	const file = readFileSync(new URL('../fixtures/plan/before-methods.plan.json', import.meta.url), 'utf8');
	const before = (JSON.parse(file) as { answers: Record<string, string> }).answers;
	await page.goto('/es/plan/');
	await openFile(page, 'antes.plan.json', file);
	await expect(message(page)).toContainText('«Mapea tu cuadra»');
	const shown = await answers(page);
	for (const [key, answer] of Object.entries(before)) expect(shown[key], key).toBe(answer);
	await expect(page.getByRole('radio', { name: 'Todavía no lo decidimos' })).toBeChecked();
});

/** One file of a zip archive (a .docx is one), from its central directory. */
function zipEntry(zip: Buffer, name: string): string {
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	let entry = zip.readUInt32LE(end + 16);
	for (let index = 0; index < zip.readUInt16LE(end + 10); index++) {
		const nameLength = zip.readUInt16LE(entry + 28);
		const local = zip.readUInt32LE(entry + 42);
		if (zip.toString('utf8', entry + 46, entry + 46 + nameLength) === name) {
			const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
			const data = zip.subarray(start, start + zip.readUInt32LE(entry + 20));
			return (zip.readUInt16LE(entry + 10) === 8 ? inflateRawSync(data) : data).toString('utf8');
		}
		entry += 46 + nameLength + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
	}
	throw new Error(`${name} is not in the archive`);
}
