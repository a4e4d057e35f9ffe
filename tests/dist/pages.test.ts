// Particular pages of the built site, read as HTML: the ways into the guide, the process, the case studies, and
// what keeps the guide alive. One file, so one Node process: each test file costs one, and these share their modules.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { parse } from 'yaml';
import { languageCodes, languages, sourceLanguage } from '../../src/languages.ts';
import { docsDir, pages, readPage, root } from '../../src/lib/content.ts';
import { repositoryUrl } from '../../src/lib/repository.ts';
import { interpolate, uiStrings } from '../../src/lib/ui-strings.ts';
import { parsePlanLayout } from '../../src/lib/plan.ts';
import { methodKey, type PrintLayout } from '../../src/common/plan/model.ts';
import { processSteps } from '../../src/lib/process.ts';
import { phases } from '../../src/schemas/frontmatter.ts';
import { costItems } from '../../src/common/method-values.ts';
import { kitMessages } from '../../src/lib/kit-messages.ts';
import { kitSheets, pdfSheets, sheetPdfs } from '../../src/lib/pdf-sheets.ts';
import { messagesFile } from '../../src/schemas/kit.ts';
import { isMethodCard } from '../../src/lib/method-cards.ts';
import { methodEndSections, methodSections } from '../../src/schemas/method.ts';
import { builtPages as builtPagesOf, readBuiltPage, testedSite, withBase } from './built-site.ts';

const { dist, base } = testedSite;
const hrefs = (node: Element | Root) => selectAll('a', node).map((link) => String(link.properties.href));

describe('the ways into the guide', () => {
	test(`the front door links each language (${languageCodes.join(', ')}) and declares it as an alternate, with an x-default`, () => {
		const tree = readBuiltPage(dist, '/');
		for (const lang of languageCodes) {
			const home = withBase(base, `/${lang}/`);
			assert.ok(
				select(`main a[hreflang="${lang}"][href="${home}"]`, tree),
				`the front door has no <a hreflang="${lang}" href="${home}"> in its <main>`,
			);
			const alternate = select(`link[rel~=alternate][hreflang="${lang}"]`, tree);
			assert.ok(alternate, `the front door has no <link rel="alternate" hreflang="${lang}">`);
			assert.equal(
				new URL(String(alternate.properties.href)).pathname,
				home,
				`the front door's ${lang} alternate is not ${home}`,
			);
		}
		assert.equal(
			selectAll('link[rel~=alternate][hreflang="x-default"]', tree).length,
			1,
			'the front door needs one <link rel="alternate" hreflang="x-default">',
		);
	});

	test(`the 404 page offers a way back in each language (${languageCodes.join(', ')})`, () => {
		const tree = readBuiltPage(dist, '/404.html');
		for (const lang of languageCodes) {
			const home = withBase(base, `/${lang}/`);
			const link = select(`main a[href="${home}"]`, tree);
			assert.ok(link && toText(link).trim(), `the 404 page's <main> has no link to ${home}`);
		}
	});

	test('“Edit page” on /es/start-here/ opens the page’s own file, content/docs/es/start-here.mdx, in the repository', () => {
		const edits = selectAll('a', readBuiltPage(dist, '/es/start-here/')).filter((a) =>
			String(a.properties.href).startsWith(`${repositoryUrl}/edit/`),
		);
		assert.equal(edits.length, 1, `/es/start-here/ should have one link to ${repositoryUrl}/edit/…`);
		assert.equal(edits[0]!.properties.href, `${repositoryUrl}/edit/main/content/docs/es/start-here.mdx`);
		assert.ok(toText(edits[0]!).trim(), 'the edit link has no text');
	});

	test('a step page has a second edit link, to the file that holds its checklist items, in both languages', () => {
		for (const lang of ['en', 'es']) {
			const path = `/${lang}/process/prework/identify-stakeholders/`;
			const edits = selectAll('a', readBuiltPage(dist, path))
				.filter((a) => String(a.properties.href).startsWith(`${repositoryUrl}/edit/`))
				.map((a) => ({ href: a.properties.href, text: toText(a).trim() }));
			assert.deepEqual(
				edits.map(({ href }) => href),
				[
					`${repositoryUrl}/edit/main/content/docs/${lang}/process/prework/identify-stakeholders.mdx`,
					`${repositoryUrl}/edit/main/content/checklists/prework/identify-stakeholders.yaml`,
				],
				path,
			);
			assert.ok(edits[1]?.text && edits[1].text !== edits[0]?.text, `${path}: the two edit links need their own text`);
		}
	});
});

// The steps and their order come from the English step pages' frontmatter, where they are written once.
describe('the process', () => {
	const steps = processSteps();
	const stepsOf = (phase: string) => steps.filter((step) => step.phase === phase);

	test('/es/process/prework/identify-stakeholders/ shows its phase, step, outputs, roles and time, then every item of its checklist', () => {
		const slug = 'process/prework/identify-stakeholders';
		const { phase, step } = steps.find((candidate) => candidate.slug === slug)!;
		const spanish = pages('es').find((page) => page.slug === slug)!.frontmatter as {
			roles: string[];
			time: { preparation: string };
		};
		const strings = uiStrings('es');
		const tree = readBuiltPage(dist, `/es/${slug}/`);
		const summary = select('.step-summary', tree);
		assert.ok(summary, 'the page has no .step-summary under its title (src/components/starlight/PageTitle.astro)');
		const shown = toText(summary);
		const place = interpolate(strings['guide.step.phaseAndStep']!, {
			phase: phases.indexOf(phase) + 1,
			phaseName: strings[`guide.phase.${phase}`]!,
			step,
		});
		for (const expected of [place, strings['guide.step.outputs']!, ...spanish.roles, spanish.time.preparation]) {
			assert.ok(shown.includes(expected), `the step summary lacks "${expected}"; it says:\n${shown}`);
		}
		const checklist = join(root, 'content', 'checklists', 'prework', 'identify-stakeholders.yaml');
		const { items } = parse(readFileSync(checklist, 'utf8')) as { items: { text: Record<string, string> }[] };
		const ticks = selectAll('.guide-checklist li', tree).map((li) => toText(li).replace(/\s+/g, ' ').trim());
		assert.equal(
			ticks.length,
			items.length,
			`the checklist shows ${ticks.length} items, content/checklists/prework/identify-stakeholders.yaml holds ${items.length}`,
		);
		items.forEach((item, index) => assert.equal(ticks[index], item.text.es, `item ${index + 1} of the checklist`));
	});

	for (const lang of languageCodes) {
		for (const phase of phases) {
			test(`/${lang}/process/${phase}/ lists the steps of ${phase} in order, as the English step pages number them`, () => {
				assert.ok(stepsOf(phase).length > 0, `no English step page has \`phase: ${phase}\``);
				const list = select('.phase-steps', readBuiltPage(dist, `/${lang}/process/${phase}/`));
				assert.ok(list, `/${lang}/process/${phase}/ has no .phase-steps (src/components/PhaseSteps.astro)`);
				assert.deepEqual(
					hrefs(list),
					stepsOf(phase).map(({ slug }) => withBase(base, `/${lang}/${slug}/`)),
					`the steps listed on /${lang}/process/${phase}/ are not those of content/docs/${sourceLanguage}/process/${phase}/, by their \`step:\``,
				);
			});
		}
	}
});

describe('the case studies', () => {
	interface CaseStudy {
		steps: string[];
		sources: { title: string; url: string }[];
	}
	const caseStudySlugs = pages(sourceLanguage)
		.filter((page) => page.frontmatter.caseStudy)
		.map((page) => page.slug);

	/** The list that follows a heading: Starlight wraps each heading in a div, so the list follows the wrapper. */
	function listAfter(tree: Root, heading: string): Element | undefined {
		const blocks = (select('main .sl-markdown-content', tree)?.children ?? []).filter(
			(child): child is Element => child.type === 'element',
		);
		const at = blocks.findIndex((block) => selectAll('h2', block).some((h2) => toText(h2).trim() === heading));
		return at === -1 ? undefined : blocks.slice(at + 1).find((block) => block.tagName === 'ul');
	}

	test('there are case studies to check', () =>
		assert.ok(
			caseStudySlugs.length > 0,
			`no page of content/docs/${sourceLanguage}/ has \`caseStudy:\` in its frontmatter`,
		));

	for (const lang of languageCodes) {
		for (const slug of caseStudySlugs) {
			const path = `/${lang}/${slug}/`;
			// An untranslated page of a language that is not complete shows the English page's frontmatter.
			const page = [...pages(lang), ...pages(sourceLanguage)].find((candidate) => candidate.slug === slug)!;
			const caseStudy = page.frontmatter.caseStudy as CaseStudy;

			test(`${path}: its facts at a glance link the steps it illustrates`, () => {
				const summary = select('.case-summary', readBuiltPage(dist, path));
				assert.ok(
					summary,
					`${path} has no .case-summary: PageTitle.astro shows CaseStudySummary.astro for a page with \`caseStudy:\``,
				);
				assert.deepEqual(
					hrefs(summary),
					caseStudy.steps.map((step) => withBase(base, `/${lang}/process/${step}/`)),
					`the steps linked from ${path} are not the \`caseStudy.steps\` of ${page.file}`,
				);
			});

			test(`${path}: its Sources section links every source of its frontmatter`, () => {
				const heading = uiStrings(lang)['guide.caseSection.sources']!;
				const list = listAfter(readBuiltPage(dist, path), heading);
				assert.ok(
					list,
					`${path} has no list under a "${heading}" heading: end ${page.file} with "## ${heading}" and a list of links`,
				);
				const linked = hrefs(list);
				const missing = caseStudy.sources.filter((source) => !linked.includes(source.url)).map((source) => source.url);
				assert.ok(
					missing.length === 0,
					`${path}: these sources of caseStudy.sources are not linked from its "${heading}" list:\n${missing.join('\n')}`,
				);
			});
		}

		test(`/${lang}/case-studies/leon/: the León data is a table with header cells, whose counts add up to 280`, () => {
			const tree = readBuiltPage(dist, `/${lang}/case-studies/leon/`);
			const table = selectAll('main table', tree).find((candidate) => toText(candidate).includes('280'));
			assert.ok(table, `no table in /${lang}/case-studies/leon/ holds the total of 280 records`);
			assert.ok(
				select('th', table),
				'the table has no header cells (<th>): write it as a Markdown table with a header row',
			);
			const counts = selectAll('tbody tr', table).map((row) =>
				Number(toText(selectAll('td', row).at(-1)!).replace(/\D/g, '')),
			);
			const total = counts.pop();
			assert.equal(total, 280, 'the last row should give the total, 280');
			assert.equal(
				counts.reduce((sum, count) => sum + count, 0),
				280,
				`the layers' counts (${counts.join(' + ')}) do not add up to 280`,
			);
		});
	}
});

describe('the living guide', () => {
	test('“Report a problem” on /es/about/ opens a new GitHub issue with the template, the language, the page and its title filled in', () => {
		const label = uiStrings('es')['guide.feedback.report']!;
		const link = selectAll('a', readBuiltPage(dist, '/es/about/')).find((a) => toText(a).trim() === label);
		assert.ok(link, `/es/about/ has no link "${label}": src/components/starlight/Footer.astro writes it on every page`);
		const href = new URL(String(link.properties.href));
		const field = (name: string) => href.searchParams.get(name) ?? '';
		assert.match(
			href.origin + href.pathname,
			/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new$/,
			'the link should open a new issue on GitHub',
		);
		assert.equal(
			field('template'),
			'content-error.yml',
			'the issue form should be .github/ISSUE_TEMPLATE/content-error.yml',
		);
		assert.equal(field('language'), languages.es!.label, 'the issue should name the page’s language');
		assert.equal(
			new URL(field('page'), 'http://no.page').pathname,
			withBase(base, '/es/about/'),
			'the issue should name the page',
		);
		assert.equal(
			field('title'),
			`[es] ${String(readPage(join(docsDir, 'es', 'about.mdx')).frontmatter.title)}`,
			'the issue title should be the language and the page’s title',
		);
	});

	for (const lang of languageCodes) {
		test(`/${lang}/contribute/translation-status/ lists every page of the guide once`, () => {
			const rows = selectAll(
				'table.translation-status tbody tr',
				readBuiltPage(dist, `/${lang}/contribute/translation-status/`),
			);
			const listed = rows.map((row) => toText(select('th', row) ?? row).trim());
			const files = pages(sourceLanguage).map((page) => page.inLanguage);
			const missing = files.filter((file) => !listed.includes(file));
			const extra = listed.filter((file, index) => !files.includes(file) || listed.indexOf(file) !== index);
			assert.ok(
				missing.length === 0,
				`the table lacks these pages of content/docs/${sourceLanguage}/: ${missing.join(', ')}`,
			);
			assert.ok(
				extra.length === 0,
				`the table lists rows that are not pages of content/docs/${sourceLanguage}/, or lists them twice: ${extra.join(', ')}`,
			);
		});

		test(`/${lang}/whats-new/ gives the version date that the printed checklists carry`, () => {
			const bold = select('main .sl-markdown-content strong', readBuiltPage(dist, `/${lang}/whats-new/`));
			const date = bold ? toText(bold).trim() : '';
			assert.match(
				date,
				/^\d{4}-\d{2}-\d{2}$/,
				`the first bold text of /${lang}/whats-new/ should be the version date`,
			);
			const footer = select('.sheet-footer', readBuiltPage(dist, `/${lang}/checklists/prework/`));
			assert.ok(footer, `/${lang}/checklists/prework/ has no .sheet-footer`);
			assert.ok(
				toText(footer).includes(date),
				`the sheet footer of /${lang}/checklists/prework/ says "${toText(footer).trim()}", not the date ${date}`,
			);
		});
	}
});

describe('the checklists', () => {
	test('every item has the same tick id in every language, so ticks survive a change of language', () => {
		const ids = (lang: string) =>
			selectAll('input[data-tick]', readBuiltPage(dist, `/${lang}/checklists/workshop-pack/`)).map((box) =>
				String(box.properties.dataTick),
			);
		const source = ids(sourceLanguage);
		assert.ok(source.length > 40, `the workshop pack has only ${source.length} items`);
		for (const lang of languageCodes) assert.deepEqual(ids(lang), source, `/${lang}/checklists/workshop-pack/`);
	});

	test("each printed sheet's page (checklists, kit, method cards) links its PDFs, A4 and US Letter, with their size (when the build made them)", () => {
		for (const lang of languageCodes) {
			for (const sheet of pdfSheets) {
				const pdfs = sheetPdfs(lang, sheet);
				const page = pdfs[0]!.page;
				const links = selectAll('[data-pdf-links] a', readBuiltPage(dist, page));
				if (links.length === 0) continue; // a build without PDFs leaves the links out (tests/dist/pdfs.test.ts says so)
				// A page may offer another sheet's PDFs too (the workshop pack offers the method cards').
				const own = pdfs.map(({ href }) => withBase(base, href));
				assert.deepEqual(
					links.map((link) => String(link.properties.href)).filter((href) => own.includes(href)),
					own,
					`${page} does not link its own PDFs, A4 and US Letter`,
				);
				// Its size, as the guide shows sizes (src/common/byte-size.ts): "(38 kB)", "(0,6 MB)", unbreakable.
				for (const link of links)
					assert.match(toText(link), /\(\d+(?:[.,]\d)?\u00a0[kM]B\)/, `${String(link.properties.href)} gives no size`);
			}
		}
	});
});

describe('the session kit', () => {
	const labels = (lang: string) => uiStrings(lang);
	for (const lang of languageCodes) {
		test(`/${lang}/kit/ lists every sheet, and each sheet prints the guide's credit`, () => {
			const hrefs = selectAll('main .sl-markdown-content a', readBuiltPage(dist, `/${lang}/kit/`)).map((link) =>
				String(link.properties.href),
			);
			for (const sheet of kitSheets) {
				assert.ok(
					hrefs.includes(withBase(base, `/${lang}/kit/${sheet}/`)),
					`/${lang}/kit/ does not link its sheet ${sheet}`,
				);
				const footer = select('.kit-sheet .sheet-footer', readBuiltPage(dist, `/${lang}/kit/${sheet}/`));
				assert.ok(footer, `/${lang}/kit/${sheet}/ has no sheet with the print credit`);
				assert.ok(
					toText(footer).includes(labels(lang)['guide.footer.textLicence']!),
					`/${lang}/kit/${sheet}/: no licence`,
				);
			}
		});

		test(`/${lang}/kit/budget/ has one blank row per cost item, named as the method cards name it`, () => {
			const table = select('.kit-budget', readBuiltPage(dist, `/${lang}/kit/budget/`));
			assert.ok(table, `/${lang}/kit/budget/ has no budget table`);
			const rows = selectAll('tbody tr', table);
			const names = rows.map((row) => toText(select('th', row)!).trim().toLocaleLowerCase(lang));
			for (const item of costItems) {
				const label = labels(lang)[`guide.method.costItem.${item}`]!.toLocaleLowerCase(lang);
				assert.ok(names.includes(label), `/${lang}/kit/budget/ has no row for ${item} ("${label}")`);
			}
			for (const row of rows)
				for (const cell of selectAll('td', row))
					assert.equal(toText(cell).trim(), '', `/${lang}/kit/budget/: a cell is filled in: no figures on a kit sheet`);
		});

		test(`/${lang}/kit/messages/ shows every template with its length and its encoding`, () => {
			const tree = readBuiltPage(dist, `/${lang}/kit/messages/`);
			const { templates } = kitMessages(readFileSync(join(root, messagesFile), 'utf8'), lang);
			for (const { id, text, length, limit, encoding } of templates) {
				const shown = select(`#template-${id}`, tree);
				assert.ok(shown, `/${lang}/kit/messages/ lacks the template ${id}`);
				assert.ok(toText(shown).includes(text), `/${lang}/kit/messages/: the template ${id} is not shown whole`);
				assert.match(toText(shown), new RegExp(`\\b${length}\\b.*\\b${limit}\\b`), `${id}: its length is not shown`);
				assert.ok(
					toText(shown).includes(labels(lang)[`guide.kit.sms.${encoding}`]!),
					`${id}: its encoding is not shown`,
				);
			}
		});
	}
});

describe('your plan', () => {
	const layout = parsePlanLayout(readFileSync(join(root, 'content', 'plan.yaml'), 'utf8'));
	const scriptsOf = (page: string) =>
		selectAll('script[src]', readBuiltPage(dist, page)).map((script) => String(script.properties.src));
	const builtAsset = (src: string) => readFileSync(join(dist, src.slice(base.length)));
	const planScript = (lang: string) => scriptsOf(`/${lang}/plan/`).find((src) => src.includes('PlanForm'));

	for (const lang of languageCodes) {
		test(`/${lang}/plan/ has a field for every output of every step, labelled in its language, and the printed plan's layout in its parts`, () => {
			const tree = readBuiltPage(dist, `/${lang}/plan/`);
			const labels = selectAll('.plan-step > label', tree).map((label) => toText(label).trim());
			const outputs = processSteps().flatMap(({ slug, key }) =>
				(pages(lang).find((page) => page.slug === slug)!.frontmatter.outputs as string[]).filter(
					(_, index) => !layout.thisPlan.includes(`${key}#${index + 1}`),
				),
			);
			assert.deepEqual(labels, outputs, `the fields of /${lang}/plan/ are not the step pages' outputs, in order`);
			const data = select('script[type="application/json"][data-plan-data]', tree);
			assert.ok(data, `/${lang}/plan/ carries no layout of the printed plan for its script`);
			const printout = JSON.parse(toText(data)) as PrintLayout;
			assert.deepEqual(
				printout.parts.map((part) => part.title.replace(/^\d+\. /, '')),
				layout.parts.map((part) => part.title[lang]),
				`/${lang}/plan/ prints other parts than content/plan.yaml lists`,
			);
			// Every field of the form has its place in the printed plan, once, under the words of its label.
			const labelOf = new Map(
				selectAll('[data-field]', tree).map((field) => {
					// A field's label is the one that holds it, or the one that names its id; a group of radio buttons'
					// is its legend.
					const label =
						field.tagName === 'fieldset'
							? select('legend', field)
							: selectAll('.plan-form label', tree).find(
									(label) =>
										select('[data-field]', label) === field ||
										(field.properties.id !== undefined && String(label.properties.htmlFor) === field.properties.id),
								);
					assert.ok(label, `${String(field.properties.dataField)} has no label`);
					return [String(field.properties.dataField), toText(label).trim()];
				}),
			);
			// A method card to tick prints under its title (the fields a chosen method brings are made by the script).
			const placed = [
				...printout.header,
				...printout.parts.flatMap((part) => [
					...part.fields,
					...(part.methods?.cards ?? []).map(({ slug, title }) => ({ key: methodKey(slug), label: title })),
				]),
			];
			assert.deepEqual(placed.map(({ key }) => key).sort(), [...labelOf.keys()].sort());
			for (const { key, label } of placed) assert.equal(label, labelOf.get(key), `${key} prints under another title`);
			// The printed plan is drawn by the script: the HTML holds the blank form, which is what prints without it.
			assert.equal(selectAll('.plan-document', tree).length, 0, `/${lang}/plan/ carries a second copy of the plan`);
			assert.ok(select('.plan-form .plan-footer a', tree), `/${lang}/plan/'s form prints without the guide's address`);
		});

		test(`/${lang}/plan/ offers every method card to choose, by its title in ${lang}, linked to the card`, () => {
			const tree = readBuiltPage(dist, `/${lang}/plan/`);
			const offered = selectAll('.plan-methods .plan-method', tree).map((method) => ({
				title: toText(select('label', method)!).trim(),
				href: String(select('a', method)?.properties.href),
			}));
			const cards = pages(sourceLanguage)
				.filter(isMethodCard)
				.map(({ slug }) => {
					const translated = pages(lang).find((page) => page.slug === slug);
					return {
						title: String((translated ?? pages(sourceLanguage).find((page) => page.slug === slug)!).frontmatter.title),
						href: withBase(base, `/${lang}/${slug}/`),
					};
				});
			assert.ok(cards.length > 0, 'no method card in content/docs/en/methods/');
			assert.deepEqual(
				offered.sort((a, b) => a.href.localeCompare(b.href)),
				cards.sort((a, b) => a.href.localeCompare(b.href)),
				`/${lang}/plan/ does not offer every card of content/docs/en/methods/, by its title in ${lang}`,
			);
			const printout = JSON.parse(toText(select('script[data-plan-data]', tree)!)) as PrintLayout;
			const printed = printout.parts.flatMap((part) => part.methods?.cards ?? []).map(({ title }) => title);
			assert.deepEqual(printed.sort(), cards.map(({ title }) => title).sort(), 'the printed plan offers other cards');
		});

		test(`every step page in ${lang} links to its part of the plan`, () => {
			for (const { slug, key } of processSteps()) {
				const links = hrefs(readBuiltPage(dist, `/${lang}/${slug}/`));
				const part = withBase(base, `/${lang}/plan/#${key.replace('/', '-')}`);
				assert.ok(links.includes(part), `/${lang}/${slug}/ does not link to ${part}`);
			}
		});
	}

	test('the plan page’s own script is within 15 KB gzip, the Word library loads only on export, and no other page loads either', () => {
		const script = planScript(sourceLanguage);
		assert.ok(script, `/${sourceLanguage}/plan/ loads no script of src/components/PlanForm.astro`);
		const code = builtAsset(script).toString('utf8');
		// The script and the modules it imports at once (the Word library is imported only on export).
		const imported = [...code.matchAll(/from\s*"\.\/([\w.-]+\.js)"/g)].map(([, file]) => `${base}_astro/${file}`);
		const size = [code, ...imported.map((src) => builtAsset(src))].reduce(
			(sum, file) => sum + gzipSync(file).length,
			0,
		);
		assert.ok(
			size <= 15 * 1024,
			`the plan page's script is ${(size / 1024).toFixed(1)} KB gzip, over its 15 KB budget`,
		);
		assert.match(code, /import\(`\.\/docx\.[\w-]+\.js`\)/, 'the Word library is not loaded on demand');
		for (const page of builtPagesOf(dist).filter((page) => !page.endsWith('/plan/')))
			for (const src of scriptsOf(page))
				assert.ok(!/PlanForm|docx/.test(src), `${page} loads ${src}, which only the plan page needs`);
	});
});

describe('the method library', () => {
	const cards = pages(sourceLanguage).filter(isMethodCard);
	test('there are method cards to test', () => assert.ok(cards.length > 0, 'no card in content/docs/en/methods/'));
	for (const lang of languageCodes) {
		const strings = uiStrings(lang);
		test(`/${lang}/methods/ lists every card, each with the facts its filters read`, () => {
			const tree = readBuiltPage(dist, `/${lang}/methods/`);
			const listed = selectAll('[data-method]', tree);
			assert.deepEqual(
				listed.map((item) => String(select('h2 a', item)?.properties.href)).sort(),
				cards.map((card) => withBase(base, `/${lang}/${card.slug}/`)).sort(),
				`/${lang}/methods/ does not list exactly the cards in content/docs/${sourceLanguage}/methods/`,
			);
			for (const item of listed) {
				const facts = JSON.parse(String(item.properties.dataMethod)) as Record<string, unknown>;
				for (const key of ['purposes', 'say', 'channels', 'min', 'cost', 'delivery', 'offline'])
					assert.ok(key in facts, `a card on /${lang}/methods/ lacks "${key}" in its data-method`);
			}
			assert.ok(select('form[data-method-filters][hidden]', tree), 'the filters must stay hidden without JavaScript');
		});
		test(`every card in ${lang} shows every field at a glance and every section, in order`, () => {
			const headings = [...methodSections, ...methodEndSections].map((key) => strings[`guide.methodSection.${key}`]);
			for (const card of cards) {
				const page = `/${lang}/${card.slug}/`;
				const tree = readBuiltPage(dist, page);
				const summary = select('.method-summary', tree);
				assert.ok(summary, `${page} has no summary of its fields under its title`);
				const terms = selectAll('dt', summary).map((term) => toText(term));
				for (const key of [
					'purposesLabel',
					'sayLabel',
					'groupSize',
					'time',
					'costsLabel',
					'channels',
					'recruitLabel',
					'skills',
					'materials',
				])
					assert.ok(
						terms.includes(strings[`guide.method.${key}`]!),
						`${page} does not show "${strings[`guide.method.${key}`]}"`,
					);
				assert.ok(select('.method-origin', summary), `${page} does not say where the method comes from`);
				const main = select('main .sl-markdown-content', tree)!;
				assert.deepEqual(
					selectAll('h2', main).map((heading) => toText(heading).trim()),
					headings,
					`${page}'s sections are not a card's sections, in order`,
				);
				assert.ok(selectAll('.related-methods a', main).length > 0, `${page} links no related card`);
				assert.ok(
					selectAll('.method-sources a', main).every((link) => /^https:\/\//.test(String(link.properties.href))) &&
						selectAll('.method-sources a', main).length > 0,
					`${page} lists no source with its address`,
				);
			}
		});
		test(`/${lang}/methods/print/ holds every card to print, each with its summary and sources, and search leaves it out`, () => {
			const tree = readBuiltPage(dist, `/${lang}/methods/print/`);
			const printed = selectAll('[data-card]', tree);
			assert.deepEqual(
				printed.map((card) => String(card.properties.dataCard)).sort(),
				cards.map((card) => card.slug.replace('methods/', '')).sort(),
				`/${lang}/methods/print/ does not hold every card`,
			);
			for (const card of printed)
				assert.ok(
					select('.method-summary', card) && selectAll('.method-sources a', card).length > 0,
					`the printed ${String(card.properties.dataCard)} lacks its summary or its sources`,
				);
			assert.ok(!select('[data-pagefind-body]', tree), 'the page of printed cards would repeat every card in search');
		});
		test(`"Select participatory methods" in ${lang} compares every card, drawn from the cards`, () => {
			const tree = readBuiltPage(dist, `/${lang}/process/execution/select-methods/`);
			const rows = selectAll('.method-table tbody th a', tree).map((link) => String(link.properties.href));
			assert.deepEqual(
				rows.sort(),
				cards.map((card) => withBase(base, `/${lang}/${card.slug}/`)).sort(),
				'the comparison does not list every card',
			);
		});
	}
	test('every step page that names a method links to its card, and its translation links the same cards', () => {
		// A card is named by its title; its other names only keep a longer name from counting as a shorter one
		// ("street survey" is not the survey card).
		const names = cards
			.flatMap((card) => {
				const slug = card.slug;
				const method = card.frontmatter.method as { alsoCalled?: string[] };
				return [
					{ slug, name: String(card.frontmatter.title).toLowerCase(), required: true },
					...(method.alsoCalled ?? []).map((name) => ({ slug, name: name.toLowerCase(), required: false })),
				];
			})
			.sort((a, b) => b.name.length - a.name.length);
		const linked = (tree: Root, lang: string) =>
			new Set(
				selectAll('main a', tree)
					.map((link) => String(link.properties.href))
					.filter((href) => href.startsWith(withBase(base, `/${lang}/methods/`)))
					.map((href) => href.slice(withBase(base, `/${lang}/`).length).replace(/\/$/, '')),
			);
		for (const step of processSteps()) {
			const english = readBuiltPage(dist, `/${sourceLanguage}/${step.slug}/`);
			let text = toText(select('main .sl-markdown-content', english)!).toLowerCase();
			const links = linked(english, sourceLanguage);
			for (const { slug, name, required } of names) {
				const mention = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b`, 'g');
				const named = mention.test(text);
				text = text.replace(mention, ' ');
				if (named && required)
					assert.ok(
						links.has(slug),
						`/${sourceLanguage}/${step.slug}/ names "${name}" but does not link /${sourceLanguage}/${slug}/`,
					);
			}
			for (const lang of languageCodes.filter((code) => code !== sourceLanguage))
				assert.deepEqual(
					[...linked(readBuiltPage(dist, `/${lang}/${step.slug}/`), lang)].sort(),
					[...links].sort(),
					`/${lang}/${step.slug}/ does not link the same method cards as the English page`,
				);
		}
	});
});
