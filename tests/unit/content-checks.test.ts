import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { checkContent, contentChecks, formatExplained, formatProblem } from '../../src/checks/index.ts';
import { isSameInEveryLanguage } from '../../src/checks/translations.ts';
import { isPlaceholder } from '../../src/schemas/language-text.ts';
import { root } from '../../src/lib/content.ts';
import { avoidRules, avoidedIn } from '../../src/lib/terminology.ts';
import { fingerprint } from '../../src/lib/translations.ts';
import { readPage } from '../../src/lib/content.ts';

// Each test plants one contributor mistake in a copy of the guide's content and checks that `npm run check` (and
// so the build) names the file and says what to do. Schemas run directly: no build is needed.
const copies: string[] = [];
after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOfTheContent() {
	const dir = mkdtempSync(join(tmpdir(), 'guide-content-'));
	copies.push(dir);
	cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
	cpSync(join(root, 'public'), join(dir, 'public'), { recursive: true });
	const path = (file: string) => join(dir, file);
	return {
		dir,
		read: (file: string) => readFileSync(path(file), 'utf8'),
		write: (file: string, text: string) => writeFileSync(path(file), text),
		append: (file: string, text: string) => appendFileSync(path(file), text),
		edit: (file: string, from: string | RegExp, to: string) => {
			const text = readFileSync(path(file), 'utf8');
			assert.ok(
				typeof from === 'string' ? text.includes(from) : from.test(text),
				`${file} no longer holds ${from}: update this test`,
			);
			writeFileSync(path(file), text.replace(from, to));
		},
		remove: (file: string) => rmSync(path(file)),
		/** Every problem found, as the checks return them (with their explanation in the text's language). */
		found: () =>
			checkContent(dir).flatMap(({ name, problems }) => problems.map((problem) => ({ check: name, ...problem }))),
		/** Every problem found, as `Check: file:line: message`, errors only unless asked. */
		problems: ({ notices = false } = {}) =>
			checkContent(dir).flatMap(({ name, problems }) =>
				problems
					.filter((problem) => notices || problem.severity !== 'notice')
					.map((problem) => `${name}: ${formatProblem(problem)}`),
			),
	};
}

const stepPage = 'content/docs/en/process/prework/identify-stakeholders.mdx';
const spanishStepPage = 'content/docs/es/process/prework/identify-stakeholders.mdx';

test('the guide as it is passes every content check', () => {
	assert.deepEqual(copyOfTheContent().problems(), []);
});

test('a frontmatter field of the wrong kind is named, with what to write', () => {
	const guide = copyOfTheContent();
	guide.edit(stepPage, /^step: \d+$/m, 'step: three');
	assert.deepEqual(guide.problems(), [
		`Frontmatter: ${stepPage}: step: \`step\` must be a whole number without quotes (1, 2, 3…): the order of the step within its phase.`,
	]);
});

test('a missing title, and a frontmatter that is not valid YAML, are named with the fix', () => {
	const guide = copyOfTheContent();
	guide.edit('content/docs/es/about.mdx', /^title: .*$/m, '');
	guide.edit(
		'content/docs/en/about.mdx',
		/^description: (.*)$/m,
		'description: About: the guide: "where it comes from',
	);
	const found = guide.problems().join('\n');
	assert.match(found, /Frontmatter: content\/docs\/es\/about\.mdx: title: `title` is missing: add the page's title/);
	assert.match(
		found,
		/Frontmatter: content\/docs\/en\/about\.mdx: the frontmatter between the --- lines is not valid YAML: [\s\S]* must be put in double quotes/,
	);
	assert.doesNotMatch(found, /^Links:/m);
});

test('a missing interface string names the language file and the key', () => {
	const guide = copyOfTheContent();
	const strings = JSON.parse(guide.read('content/i18n/es.json')) as Record<string, string>;
	delete strings['guide.tagline'];
	guide.write('content/i18n/es.json', JSON.stringify(strings));
	assert.deepEqual(guide.problems(), [
		'Interface strings: content/i18n/es.json: "guide.tagline" is missing: every language file in content/i18n/ needs it, translated.',
	]);
});

test('a YAML mistake in the glossary gives the line and the fix', () => {
	const guide = copyOfTheContent();
	guide.append('content/glossary.yaml', 'broken-term:\n  term:\n    en: Input: what you need\n');
	assert.match(
		guide.problems().join('\n'),
		/^Glossary: content\/glossary\.yaml:\d+: not valid YAML: [\s\S]* must be put in double quotes/m,
	);
});

test('checklists: an item without its Spanish text, a repeated id, a file with no step page', () => {
	const guide = copyOfTheContent();
	guide.append(
		'content/checklists/prework/identify-stakeholders.yaml',
		'  - id: an-english-only-item\n    text:\n      en: Only in English.\n',
	);
	guide.append(
		'content/checklists/prework/set-the-objective.yaml',
		'  - id: twice\n    text:\n      en: One.\n      es: Uno.\n  - id: twice\n    text:\n      en: Two.\n      es: Dos.\n',
	);
	guide.write(
		'content/checklists/prework/no-such-step.yaml',
		'items:\n  - id: lost-item\n    text:\n      en: Lost.\n      es: Perdido.\n',
	);
	const found = guide.problems().join('\n');
	assert.match(
		found,
		/content\/checklists\/prework\/identify-stakeholders\.yaml: items\.\d+\.text\.es: item `an-english-only-item`: the es text is missing: add a line `es: …`/,
	);
	assert.match(
		found,
		/content\/checklists\/prework\/set-the-objective\.yaml: items\.\d+\.id: the item id `twice` is used twice in this file/,
	);
	assert.match(
		found,
		/content\/checklists\/prework\/no-such-step\.yaml: points to a step that does not exist: there is no content\/docs\/en\/process\/prework\/no-such-step\.mdx/,
	);
});

test('step pages: a missing section, sections out of order, a translation that repeats the step number', () => {
	const guide = copyOfTheContent();
	guide.edit(spanishStepPage, '## Errores comunes', '## Otra cosa');
	guide.edit('content/docs/es/process/prework/set-the-objective.mdx', '## Cómo hacerlo', '## TEMP');
	guide.edit('content/docs/es/process/prework/set-the-objective.mdx', '## Para qué sirve este paso', '## Cómo hacerlo');
	guide.edit('content/docs/es/process/prework/set-the-objective.mdx', '## TEMP', '## Para qué sirve este paso');
	guide.edit('content/docs/es/process/prework/evaluate-the-fit.mdx', /^title:/m, 'step: 5\ntitle:');
	const found = guide.problems().join('\n');
	assert.match(found, /es\/process\/prework\/identify-stakeholders\.mdx: the section "## Errores comunes" is missing/);
	assert.match(found, /es\/process\/prework\/set-the-objective\.mdx: the sections are out of order/);
	assert.match(
		found,
		/es\/process\/prework\/evaluate-the-fit\.mdx: remove the line `step: 5`: a translation takes its phase and step from the English page/,
	);
});

test('the order of the steps is written once: moving a step is an edit of the English step numbers only', () => {
	const guide = copyOfTheContent();
	guide.edit(stepPage, /^step: \d+$/m, 'step: 9');
	assert.match(
		guide.problems().join('\n'),
		/Step pages: content\/docs\/en\/process\/prework\/: the steps of prework are numbered 1, 2, 4, 5, 9: number them 1, 2, 3…/,
	);
	guide.edit(stepPage, /^step: \d+$/m, 'step: 2');
	guide.edit('content/docs/en/process/prework/set-the-objective.mdx', /^step: \d+$/m, 'step: 3');
	assert.deepEqual(guide.problems(), []);
});

test('a case study without a field, a section or a source address is named', () => {
	const guide = copyOfTheContent();
	guide.edit('content/docs/en/case-studies/leon.mdx', /^ {2}period: .*$/m, '');
	guide.edit('content/docs/en/case-studies/leon.mdx', '## What is not known', '## Unknowns');
	const found = guide.problems().join('\n');
	assert.match(found, /en\/case-studies\/leon\.mdx: caseStudy\.period: `caseStudy\.period` is missing/);
	assert.match(found, /en\/case-studies\/leon\.mdx: "## Unknowns" is not one of a case study's sections/);
});

test('a deleted translation fails, saying which file to write from which', () => {
	const guide = copyOfTheContent();
	// A page no other page links by one of its headings: that would be a problem of the links too.
	guide.remove('content/docs/es/whats-new.mdx');
	assert.deepEqual(guide.problems(), [
		'Translations: content/docs/es/whats-new.mdx: is missing: every page exists in every complete language. Translate content/docs/en/whats-new.mdx into this file (copy it, then translate its text), or, if the English page should go, delete it too.',
	]);
});

test('a translation without its English page fails, saying what to write', () => {
	const guide = copyOfTheContent();
	guide.write(
		'content/docs/es/solo-en-espanol.mdx',
		'---\ntitle: Solo en español\ndescription: Una página sin su página en inglés.\n---\n\nTexto.\n',
	);
	assert.deepEqual(guide.problems(), [
		'Translations: content/docs/es/solo-en-espanol.mdx: has no English page: write content/docs/en/solo-en-espanol.mdx too (every page starts in English), or move this file to the path of the English page it translates.',
	]);
});

test('a new page in both languages gets the fingerprint line to add, and is up to date with it', () => {
	const guide = copyOfTheContent();
	guide.write(
		'content/docs/en/new-page.mdx',
		'---\ntitle: A new page\ndescription: A page written in both languages at once.\n---\n\nSome text.\n',
	);
	guide.write(
		'content/docs/es/new-page.mdx',
		'---\ntitle: Una página nueva\ndescription: Una página escrita en los dos idiomas a la vez.\n---\n\nUn texto.\n',
	);
	const [problem = '', ...others] = guide.problems();
	assert.deepEqual(others, []);
	const line = problem.match(/add this line between its --- lines: (sourceFingerprint: [a-p]{10})$/)?.[1];
	assert.ok(
		line &&
			problem.startsWith(
				'Translations: content/docs/es/new-page.mdx: does not record which English text it translates.',
			),
		problem,
	);
	// Outdated translations elsewhere are notices by design; only the new page's own must be gone.
	const noticesBefore = guide.problems({ notices: true }).filter((notice) => !notice.includes('new-page.mdx'));
	guide.edit('content/docs/es/new-page.mdx', '---\n', `---\n${line}\n`);
	assert.deepEqual(guide.problems({ notices: true }), noticesBefore);
});

test('a changed English page makes its translation a notice with the new fingerprint, not a failure', () => {
	const guide = copyOfTheContent();
	// Other pages may be outdated already: that is a notice, by design, and not what this test is about.
	const noticesBefore = guide.problems({ notices: true });
	guide.edit(
		'content/docs/en/about.mdx',
		'## Who made the framework',
		'A sentence added in English only.\n\n## Who made the framework',
	);
	assert.deepEqual(guide.problems(), []);
	const english = readPage(join(guide.dir, 'content/docs/en/about.mdx'), guide.dir, join(guide.dir, 'content/docs'));
	const newNotices = guide.problems({ notices: true }).filter((notice) => !noticesBefore.includes(notice));
	assert.deepEqual(newNotices, [
		`Translations: content/docs/es/about.mdx: is outdated: content/docs/en/about.mdx changed after it was translated. Bring the translation up to date, then set: sourceFingerprint: ${fingerprint({ title: english.frontmatter.title, description: english.frontmatter.description, body: english.body })}`,
	]);
});

test('links: a page that does not exist, a heading that does not exist, a relative address, each with its line', () => {
	const guide = copyOfTheContent();
	guide.write(
		'content/docs/en/zz-links.mdx',
		'---\ntitle: Links\ndescription: A page with broken links.\n---\n\nSee [a missing page](/en/no-such-page/).\n\nSee [the León case](/en/case-studies/leon/#no-such-section).\n\nSee [about](../about/).\n\nSee [the glossary](/en/glossary/) and [León’s partners](/en/case-studies/leon/#partners); `code` then [a lost page](/en/lost/).\n',
	);
	guide.write('content/docs/es/zz-links.mdx', '---\ntitle: Enlaces\ndescription: Una página.\n---\n\nTexto.\n');
	const found = guide.problems().filter((problem) => problem.startsWith('Links:'));
	assert.deepEqual(found, [
		"Links: content/docs/en/zz-links.mdx:6: the link /en/no-such-page/ points to a page that does not exist: copy the address from the page in your browser, without the site's domain.",
		"Links: content/docs/en/zz-links.mdx:8: the link /en/case-studies/leon/#no-such-section points to a heading that is not on content/docs/en/case-studies/leon.mdx: use the part after # in the address bar when you click the heading's link there.",
		"Links: content/docs/en/zz-links.mdx:10: the link ../about/ must start from the site's root, with the language: write /en/… (for example /en/about/), not a relative address.",
		"Links: content/docs/en/zz-links.mdx:12: the link /en/lost/ points to a page that does not exist: copy the address from the page in your browser, without the site's domain.",
	]);
});

test('a form the glossary asks to avoid names the file, the word and the glossary term', () => {
	const guide = copyOfTheContent();
	guide.edit('content/docs/es/about.mdx', /^(## .*)$/m, '$1\n\nLos stakeholders del proceso.\n');
	assert.match(
		guide.problems().join('\n'),
		/Glossary terms: content\/docs\/es\/about\.mdx: uses "stakeholders": write "Parte interesada" instead/,
	);
});

test('the glossary check finds an avoided form as a whole word, in any case, and nothing else', () => {
	const rules = avoidRules(
		{
			stakeholder: { term: { es: 'Parte interesada' }, definition: {}, avoid: { es: ['stakeholder', 'stakeholders'] } },
		},
		'es',
	);
	assert.deepEqual(
		avoidedIn('Los Stakeholders del proceso', rules).map((r) => r.avoid),
		['stakeholders'],
	);
	assert.deepEqual(avoidedIn('Las partes interesadas del proceso', rules), []);
	assert.deepEqual(avoidedIn('multistakeholder', rules), []);
});

/** A Spanish fixture page: its frontmatter, then `lines`. */
const spanishFixturePage = (lines: string[], title = 'Una página de prueba') =>
	['---', `title: ${title}`, 'description: Una página para probar la guía de estilo.', '---', '', ...lines, ''].join(
		'\n',
	);

/** The style problems of a Spanish fixture page, beside an English page of the same name so that it is a translation. */
function styleProblemsOfSpanishFixture(guide: ReturnType<typeof copyOfTheContent>) {
	guide.write(
		'content/docs/en/fixture.mdx',
		'---\ntitle: A test page\ndescription: A page to test the style guide.\n---\n\nText.\n',
	);
	return guide.problems().filter((problem) => problem.startsWith('Style: content/docs/es/fixture.mdx'));
}

test('Spanish text with straight quotation marks, or with a form the style guide rejects, fails on its line with the fix', () => {
	const guide = copyOfTheContent();
	// A fixture page: its title and a line of its text quote the English way, another line uses a rejected form.
	guide.write(
		'content/docs/es/fixture.mdx',
		spanishFixturePage(
			['Los talleres, como dice la guía, son "abiertos".', 'Lee los casos de estudio.'],
			'\'Una página de "prueba"\'',
		),
	);
	const style = styleProblemsOfSpanishFixture(guide);
	assert.deepEqual(style, [
		'Style: content/docs/es/fixture.mdx:2: uses the quotation mark ": text in es quotes «like this» (the style guide, content/style.yaml).',
		'Style: content/docs/es/fixture.mdx:6: uses the quotation mark ": text in es quotes «like this» (the style guide, content/style.yaml).',
		'Style: content/docs/es/fixture.mdx:7: uses "casos de estudio": write "estudio de caso, estudios de caso" instead. (The style guide\'s list for es, content/style.yaml.)',
	]);
});

test('each Spanish form the style guide rejects fails on its line, with the fix and why in English and Spanish; a verb of the same spelling, or a register kept «por cargo o función», does not', () => {
	const guide = copyOfTheContent();
	const lines = [
		'El patrocinador revisa el plan.',
		'Los mandatos que rigen el proceso.',
		'La recaudación de fondos del proyecto.',
		'Cuéntale a la gente qué pasó con sus aportes.',
		'Una mesa redonda con los actores.',
		'Queremos una participación que cuente de verdad.',
		'Busca un logro rápido.',
		'Pon las dos opciones lado a lado.',
		'Alinéate con tu equipo.',
		'Para tu proceso, esto sugiere algo.',
		'Cuenta las respuestas en totales.',
		'Las brigadas harían encuestas breves.',
		'El código que aportes se publica con la licencia MIT.',
		'Pon un módulo de atención en el mercado.',
		'Invita por su cargo o función a las maestras.',
		'Registra quién asistió (por cargo o función).',
	];
	guide.write('content/docs/es/fixture.mdx', spanishFixturePage(lines));
	const style = styleProblemsOfSpanishFixture(guide);
	const found = style.map((problem) => /:(\d+): uses "([^"]+)"/.exec(problem)?.slice(1).join(' '));
	assert.deepEqual(found, [
		'6 patrocinador',
		'7 mandatos',
		'8 recaudación de fondos',
		'9 sus aportes',
		'10 mesa redonda',
		'11 de verdad',
		'12 logro rápido',
		'13 lado a lado',
		'14 Alinéate',
		'15 esto sugiere',
		'16 en totales',
		'17 harían encuestas',
		'19 módulo de atención',
		'20 por su cargo o función',
	]);
	assert.equal(
		style[0],
		'Style: content/docs/es/fixture.mdx:6: uses "patrocinador": write "organización que respalda el proceso (financiadora o aliada) la primera vez; después, organización aliada o financiadora, según lo que haga" instead. Why: to a Mexican CSO a patrocinador is a commercial sponsor, a brand that pays for publicity / para una OSC mexicana, un patrocinador es una marca que paga a cambio de publicidad. (The style guide\'s list for es, content/style.yaml.)',
	);
});

test('an order «Enumera…», «mantén en privado», a «devolución» without its results, «el caso de Haripur» and «trabajaron en la desinformación» fail in Spanish; the same words that are no order, or talk in private, do not', () => {
	const guide = copyOfTheContent();
	const lines = [
		'Enumera los grupos que viven en la colonia.',
		'1. **Enumera** las dependencias que deciden.',
		'Antes de empezar: enumera lo que ya sabes.',
		'El marco enumera lo que debe contener un plan.',
		'Mantén en privado la lista de contactos.',
		'Habla en privado con esa persona al terminar.',
		'Haz la devolución a la gente en una semana.',
		'Haz la devolución de resultados a la gente en una semana.',
		'Lee [el estudio de caso de Haripur](/es/case-studies/haripur/).',
		'Lee [el estudio de caso de Pakistán](/es/case-studies/haripur/).',
		'Las lideresas trabajaron en la desinformación sobre la vacuna.',
		'Las lideresas trabajaron contra la desinformación sobre la vacuna.',
	];
	guide.write('content/docs/es/fixture.mdx', spanishFixturePage(lines));
	const found = styleProblemsOfSpanishFixture(guide).map((problem) =>
		/:(\d+): uses "([^"]+)"/.exec(problem)?.slice(1).join(' '),
	);
	assert.deepEqual(found, [
		'6 Enumera',
		'7 Enumera',
		'8 enumera',
		'10 Mantén en privado',
		'12 devolución a la gente',
		'14 caso de Haripur',
		'16 trabajaron en la desinformación',
	]);
});

test('a page may name «el artículo de Code for All de 2022» once: each later line that names it in full fails, with the short form to write', () => {
	const guide = copyOfTheContent();
	const article =
		'[el artículo de Code for All de 2022](https://codeforall.org/2022/01/18/framework-for-digital-citizen-led-participatory-processes/)';
	guide.write(
		'content/docs/es/fixture.mdx',
		spanishFixturePage([
			`Como cuenta ${article}, hubo dos pilotos.`,
			`Los equipos aprendieron mucho (${article}).`,
			'Según el artículo, llevó tiempo.',
			`Todo llevó tiempo (${article}).`,
		]),
	);
	const style = styleProblemsOfSpanishFixture(guide);
	assert.deepEqual(
		style.map((problem) => /:(\d+): uses "([^"]+)" more than once on the page/.exec(problem)?.slice(1).join(' ')),
		['7 artículo de Code for All de 2022', '9 artículo de Code for All de 2022'],
	);
	assert.match(
		style[0]!,
		/write "la primera vez, el artículo de Code for All \(de 2022 si hace falta\); después, el artículo/,
	);
});

test('English text is held to the English rules of the style guide: "the Haripur case study", and the 2022 Code for All article named in full twice', () => {
	const guide = copyOfTheContent();
	const article =
		'[the 2022 Code for All article](https://codeforall.org/2022/01/18/framework-for-digital-citizen-led-participatory-processes/)';
	guide.write(
		'content/docs/en/fixture.mdx',
		[
			'---',
			'title: A test page',
			'description: A page to test the style guide.',
			'---',
			'',
			'See [the Haripur case study](/en/case-studies/haripur/).',
			'See [the Pakistan case study](/en/case-studies/haripur/).',
			`Both teams learned a lot (${article}).`,
			`It took a long time (${article}).`,
			'',
		].join('\n'),
	);
	const style = guide.problems().filter((problem) => problem.startsWith('Style: content/docs/en/fixture.mdx'));
	assert.deepEqual(
		style.map((problem) => /:(\d+): uses "([^"]+)"/.exec(problem)?.slice(1).join(' ')),
		['6 Haripur case study', '9 2022 Code for All article'],
	);
	assert.match(
		style[0]!,
		/write "the Pakistan case study, the Pakistan pilot \(the link to \/en\/case-studies\/haripur\/ stays\)" instead\. Why: the Pakistan pilot built on/,
	);
});

test('a plan label or a message template in Spanish is held to the style guide too', () => {
	const guide = copyOfTheContent();
	guide.edit('content/plan.yaml', /^(\s+es: )(.+)$/m, '$1Los aportes de la gente: $2');
	assert.match(guide.problems().join('\n'), /Style: content\/plan\.yaml:\d+: uses "Los aportes": write "la aportación/);
});

test('the plan: a step that does not exist, an output out of range or placed twice, one left out, a translation with an output fewer', () => {
	const guide = copyOfTheContent();
	guide.edit('content/plan.yaml', '      - execution/select-methods\n', '      - execution/select-method\n');
	guide.edit(
		'content/plan.yaml',
		'      - execution/build-trust#3\n',
		'      - execution/build-trust#9\n      - execution/build-trust#2\n',
	);
	guide.edit('content/docs/es/process/prework/set-the-objective.mdx', /^ {2}- Criterios de evaluación.*\n/m, '');
	// Each problem points to the line of its entry (of a repeated entry, the second).
	const lines = guide.read('content/plan.yaml').split('\n');
	const line = (entry: string) => lines.findLastIndex((text) => text.trim() === `- ${entry}`) + 1;
	assert.deepEqual(guide.problems(), [
		`Your plan: content/plan.yaml:${line('execution/select-method')}: part \`methods\` names \`execution/select-method\`, but there is no step page content/docs/en/process/execution/select-method.mdx: write the step as phase/step, as in its page's address.`,
		`Your plan: content/plan.yaml:${line('execution/build-trust#9')}: part \`rules\` names \`execution/build-trust#9\`, but that step has 4 outputs: number them from 1 to 4.`,
		`Your plan: content/plan.yaml:${line('execution/build-trust#2')}: \`execution/build-trust#2\` is listed twice in part \`rules\`: keep it in one place only.`,
		"Your plan: content/plan.yaml: output 1 of the step execution/select-methods is in no part of the plan: add `execution/select-methods` or `execution/select-methods#1` to a part's `outputs`.",
		"Your plan: content/docs/es/process/prework/set-the-objective.mdx: lists 2 outputs and the English page 3: translate each output of content/docs/en/process/prework/set-the-objective.mdx, in the same order (a reader's plan keeps each answer by the output's place in the list).",
	]);
});

test('the plan: the promise shown in a step that does not exist, and the methods printed in a part that does not', () => {
	const guide = copyOfTheContent();
	guide.edit('content/plan.yaml', '    step: execution/build-trust\n', '    step: execution/build-trusts\n');
	guide.edit('content/plan.yaml', '    part: methods\n', '    part: method\n');
	const lines = guide.read('content/plan.yaml').split('\n');
	const line = (text: string) => lines.findIndex((entry) => entry.trim() === text) + 1;
	assert.deepEqual(guide.problems(), [
		`Your plan: content/plan.yaml:${line('step: execution/build-trusts')}: \`added.promise.step\` is \`execution/build-trusts\`, but there is no step page content/docs/en/process/execution/build-trusts.mdx: write the step as phase/step, as in its page's address.`,
		`Your plan: content/plan.yaml:${line('part: method')}: \`added.methods.part\` is \`method\`, but no part has that \`id\`: use one of purpose, stakeholders, methods, rules, schedule, organisation, information, after.`,
	]);
});

test('the plan: a part without its Spanish title, and a mistyped output, say what to write', () => {
	const guide = copyOfTheContent();
	guide.edit('content/plan.yaml', '      es: Métodos y técnicas\n', '');
	guide.edit('content/plan.yaml', '      - execution/write-the-plan#4\n', '      - execution/write-the-plan 4\n');
	const found = guide.problems().join('\n');
	assert.match(
		found,
		/content\/plan\.yaml: parts\.2\.title\.es: the es text of the part's `title` is missing: add a line `es: …` with it\./,
	);
	assert.match(found, /content\/plan\.yaml: parts\.6\.outputs\.1: write a step as phase\/step/);
});

const card = 'content/docs/en/methods/focus-group.mdx';
const spanishCard = 'content/docs/es/methods/focus-group.mdx';

test('a method card without a fact, or with a value the guide does not know, is named with what to write', () => {
	const guide = copyOfTheContent();
	guide.edit(card, /^ {2}offline: true\n/m, '');
	guide.edit(card, /^ {2}cost: medium$/m, '  cost: cheap');
	const found = guide.problems().join('\n');
	assert.match(
		found,
		/Method cards: content\/docs\/en\/methods\/focus-group\.mdx: add `method\.offline`: true or false: whether the method works without a connection\./,
	);
	assert.match(
		found,
		/Frontmatter: content\/docs\/en\/methods\/focus-group\.mdx: method\.cost: `method\.cost` must be one of low, medium, high/,
	);
});

test('a translated card that repeats a fact, or lacks its own words, says where each belongs', () => {
	const guide = copyOfTheContent();
	guide.edit(spanishCard, /^method:\n/m, 'method:\n  offline: true\n');
	guide.edit(spanishCard, /^ {2}skills:\n(?: {4}- .*\n)+/m, '');
	const found = guide.problems().join('\n');
	assert.match(
		found,
		/Method cards: content\/docs\/es\/methods\/focus-group\.mdx: remove `method\.offline`: a translation takes it from the English card \(content\/docs\/en\/methods\/focus-group\.mdx\), where it is written once\./,
	);
	assert.match(found, /content\/docs\/es\/methods\/focus-group\.mdx: add `method\.skills`, in this page's language/);
});

test('a card that names a related card that does not exist, or loses a section, is named', () => {
	const guide = copyOfTheContent();
	guide.edit(card, /^ {2}related:\n/m, '  related:\n    - no-such-method\n');
	guide.edit(card, '## Pitfalls', '## Traps');
	const found = guide.problems().join('\n');
	assert.match(found, /`method\.related` names "no-such-method", which is not a card/);
	assert.match(found, /"## Traps" is not one of a method card's sections/);
	assert.match(found, /the section "## Pitfalls" is missing: a method card has these sections, in order/);
});

test('a card that writes its related cards or sources by hand is told where they come from', () => {
	const guide = copyOfTheContent();
	guide.append(card, '\n## Sources\n\n- A source written by hand\n');
	assert.match(
		guide.problems().join('\n'),
		/remove the section "## Sources" \(and its import, if any\): a card's related cards and sources are drawn from `method\.related` and `method\.sources`\./,
	);
});

const messages = 'content/kit/messages.yaml';

test('a message template without its Spanish text, or with an empty text, names the template and the fix', () => {
	const guide = copyOfTheContent();
	guide.edit(messages, /^ {6}es: '\{org\} te invita.*\n/m, '');
	guide.edit(messages, /^( {6}en: )'Reminder from.*$/m, "$1''");
	assert.deepEqual(guide.problems(), [
		`Message templates: ${messages}: template \`invitation\`: the es text is missing: add a line \`es: …\` under its \`text:\`.`,
		`Message templates: ${messages}: template \`reminder\`: the en text is empty: write it after \`en:\`.`,
	]);
});

test('a message template that needs two SMS says by how much, in GSM 7-bit and in UCS-2', () => {
	const guide = copyOfTheContent();
	// 20 more characters in GSM 7-bit: over 160.
	guide.edit(messages, 'See you there!', 'See you there! Bring a friend or two!!');
	// One ó makes the Spanish UCS-2: 70 characters at most.
	guide.edit(messages, 'el encuentro del', 'la reunión del');
	const found = guide.problems();
	assert.equal(found.length, 2, found.join('\n'));
	assert.match(
		found[0]!,
		/^Message templates: content\/kit\/messages\.yaml: template `reminder`: the en text needs two messages: with its blanks at their longest it is 161 characters, and one SMS holds 160 characters in GSM 7-bit .*: shorten it by 1, or lower a blank's `length:` under `placeholders:`\.$/,
	);
	assert.match(
		found[1]!,
		/template `change-of-date`: the es text needs two messages: with its blanks at their longest it is 154 characters, and it has ó, which GSM 7-bit lacks, so it is sent in UCS-2, where one SMS holds 70 characters: reword it without that character \(é, ñ, ü, ¿ and ¡ are fine\) to get 160, or shorten it by 84/,
	);
});

test('a message template with a blank that is not declared, or a blank only one language has, is named', () => {
	const guide = copyOfTheContent();
	guide.edit(messages, "Questions: {phone}'\n      es: '{org} te invita", "Call {fone}'\n      es: '{org} te invita");
	guide.edit(messages, "Dudas: {phone}'\n  - id: reminder", "Dudas: {phone} {where}'\n  - id: reminder");
	const found = guide.problems().join('\n');
	assert.match(
		found,
		/template `invitation`: the en text uses \{fone\}, which is not under `placeholders:`: add it there/,
	);
	assert.match(
		found,
		/template `invitation`: the es text has the blanks date, org, phone, place, time, topic, where and the en text/,
	);
});

const objectiveChecklist = 'content/checklists/prework/set-the-objective.yaml';
const spanishObjectiveItem = /^ {6}es: Redacta con tus organizaciones.*$/m;

/** No message a contributor reads may be zod's own, or the safety net's "could not read". */
const rawOrCrashed = /expected \w+, received|Invalid input|Too (small|big)|could not read the content|Unrecognized key/;

test('a text still to write does not pass: TODO, TBD, an empty line or null, in a checklist, the glossary, the interface strings and a page', () => {
	const guide = copyOfTheContent();
	guide.edit(objectiveChecklist, spanishObjectiveItem, '      es: TODO');
	guide.edit('content/glossary.yaml', 'es: Proceso participativo', 'es: TBD');
	guide.edit('content/glossary.yaml', /^( {4}es: )Iniciado y conducido.*$/m, '$1');
	guide.edit('content/i18n/es.json', /"guide.tagline": ".*?"/, '"guide.tagline": ""');
	guide.edit('content/i18n/es.json', /"guide.name": ".*?"/, '"guide.name": null');
	guide.edit('content/i18n/es.json', /"guide.footer.credit": ".*?"/, '"guide.footer.credit": "TODO: traducir"');
	guide.edit('content/docs/es/about.mdx', /^title: .*$/m, 'title: "TBD"');
	const found = guide.problems();
	assert.deepEqual(
		found.filter((line) => !line.startsWith('Translations:')),
		[
			'Frontmatter: content/docs/es/about.mdx: title: `title` is "TBD", which marks a text still to write: write the page\'s title, the heading readers see at the top of the page.',
			'Interface strings: content/i18n/es.json: "guide.name" is empty (null): write its text, in double quotes.',
			'Interface strings: content/i18n/es.json: "guide.tagline" is empty: write its text between the quotes.',
			'Interface strings: content/i18n/es.json: "guide.footer.credit" is "TODO: traducir", which marks a text still to write: write its text.',
			`Checklists: ${objectiveChecklist}: items.0.text.es: item \`write-the-objectives\`: the es text is "TODO", which marks a text still to write: write the text itself.`,
			'Glossary: content/glossary.yaml: participatory-process: term.es: the es text of this term is "TBD", which marks a text still to write: write the text itself.',
			'Glossary: content/glossary.yaml: citizen-led: definition.es: the es text of this definition is empty: write it after `es:`.',
		].sort((a, b) => found.indexOf(a) - found.indexOf(b)),
	);
	assert.doesNotMatch(found.join('\n'), rawOrCrashed);
});

test('a placeholder is a marker, not a word: «Todo el equipo» and «Todo» pass, TODO and «por traducir» do not', () => {
	for (const text of ['TODO', 'TODO: translate', 'tbd', 'TBD.', '...', '…', '  ', '(por traducir)', 'FIXME', 'xxx'])
		assert.ok(isPlaceholder(text), text);
	for (const text of ['Todo el equipo revisa el plan.', 'Todo', 'Todos', 'Pendiente', 'Traducir', 'Wipe the board.'])
		assert.ok(!isPlaceholder(text), text);
});

test('the English text copied unchanged into es fails, in a checklist, the glossary, the plan and the interface strings', () => {
	const guide = copyOfTheContent();
	guide.edit(
		objectiveChecklist,
		spanishObjectiveItem,
		'      es: Write one general objective and two to four specific ones, with partners.',
	);
	guide.edit('content/glossary.yaml', 'es: Proceso participativo', 'es: Participatory process');
	guide.edit('content/plan.yaml', 'es: Propósito y objetivos', 'es: Purpose and objectives');
	const english = JSON.parse(guide.read('content/i18n/en.json')) as Record<string, string>;
	guide.edit(
		'content/i18n/es.json',
		/"guide.tagline": ".*?"/,
		`"guide.tagline": ${JSON.stringify(english['guide.tagline'])}`,
	);
	const advice =
		'translate it into es. If it is a name or a word that es writes as English does, add that word to `sameAsEnglish` under `es:` in content/style.yaml.';
	const copied = guide.problems().filter((line) => line.includes('copied unchanged'));
	assert.deepEqual(copied, [
		`Translations: content/i18n/es.json: "guide.tagline" is the English text copied unchanged ("${english['guide.tagline']}"): ${advice}`,
		`Translations: ${objectiveChecklist}:5: items.write-the-objectives.text: the es text is the English text copied unchanged: ${advice}`,
		`Translations: content/glossary.yaml:7: participatory-process.term: the es text is the English text copied unchanged: ${advice}`,
		`Translations: content/plan.yaml:${guide.read('content/plan.yaml').split('\n').indexOf('      es: Purpose and objectives') + 1}: parts.purpose.title: the es text is the English text copied unchanged: ${advice}`,
	]);
});

test('a text the same in both languages passes when its only words are on the sameAsEnglish list of content/style.yaml', () => {
	assert.ok(isSameInEveryLanguage('WhatsApp', ['WhatsApp']));
	assert.ok(isSameInEveryLanguage('A4 (PDF), 2: https://example.org/a {{org}}', ['A4', 'PDF']));
	assert.ok(!isSameInEveryLanguage('WhatsApp group', ['WhatsApp']));
	// A listed word inside another word is not that word.
	assert.ok(!isSameInEveryLanguage('PDFs', ['PDF']));
	const guide = copyOfTheContent();
	guide.edit(objectiveChecklist, /^ {6}en: Write one general.*$/m, '      en: Mapea tu Cuadra');
	guide.edit(objectiveChecklist, spanishObjectiveItem, '      es: Mapea tu Cuadra');
	assert.match(
		guide.problems().join('\n'),
		/items\.write-the-objectives\.text: the es text is the English text copied unchanged/,
	);
	guide.edit('content/style.yaml', /sameAsEnglish: \[/, 'sameAsEnglish: [Mapea tu Cuadra, ');
	assert.deepEqual(guide.problems(), []);
});

test('a mistake in a Spanish text is explained in Spanish too; a mistake in an English text only in English', () => {
	const guide = copyOfTheContent();
	guide.edit(objectiveChecklist, spanishObjectiveItem, '      es:');
	guide.edit('content/i18n/es.json', /"guide.tagline": ".*?"/, '"guide.tagline": "TODO"');
	guide.edit('content/docs/es/about.mdx', /^(## .*)$/m, '$1\n\nVe [una página](/es/no-existe/).\n');
	guide.edit('content/docs/en/about.mdx', /^(## .*)$/m, '$1\n\nSee [a page](/en/no-such-page/).\n');
	const found = guide.found().filter((problem) => problem.severity !== 'notice');
	const explained = (file: string) =>
		found.filter((problem) => problem.file === file).map((problem) => formatExplained(problem));
	assert.deepEqual(explained(objectiveChecklist), [
		'es: el texto en español de `items.0.text.es` está vacío: escríbelo después de `es:`. La tabla de todos los mensajes, en español: content/docs/es/contribute/checks.mdx.',
	]);
	assert.deepEqual(explained('content/i18n/es.json'), [
		'es: hay un error en los textos de la interfaz: el mensaje indica la clave (entre comillas) y qué escribir. La tabla de todos los mensajes, en español: content/docs/es/contribute/checks.mdx.',
	]);
	assert.match(
		String(explained('content/docs/es/about.mdx')[0]),
		/^es: un enlace lleva a una página o a un título que no existe/,
	);
	assert.deepEqual(explained('content/docs/en/about.mdx'), [undefined]);
	assert.ok(guide.read('content/docs/es/contribute/checks.mdx'), 'the explanations point to this page');
});

test("Starlight's own frontmatter fields are checked before the build: sidebar.order, template, draft; a misspelt field is named", () => {
	const guide = copyOfTheContent();
	guide.edit(
		'content/docs/es/about.mdx',
		/^title: /m,
		'sidebar:\n  order: two\ntemplate: wide\ndraft: maybe\ndescripton: Otra.\ncolour: red\ntitle: ',
	);
	const found = guide.problems();
	assert.deepEqual(
		found,
		[
			'Frontmatter: content/docs/es/about.mdx: template: `template` must be one of doc, splash.',
			'Frontmatter: content/docs/es/about.mdx: sidebar.order: `order` must be a number, without quotes, not text.',
			'Frontmatter: content/docs/es/about.mdx: draft: `draft` must be true or false, without quotes, not text.',
			"Frontmatter: content/docs/es/about.mdx: `descripton` is not a field of a page, so nothing reads it: did you mean `description`? write a field's name as the other pages do, or remove the line.",
			"Frontmatter: content/docs/es/about.mdx: `colour` is not a field of a page, so nothing reads it: write a field's name as the other pages do, or remove the line.",
		].sort((a, b) => found.indexOf(a) - found.indexOf(b)),
	);
});

test('content of the wrong shape is reported, not crashed on: a glossary avoid that is not a list, a term with nothing below it, a checklist that is not a list', () => {
	const guide = copyOfTheContent();
	guide.edit('content/glossary.yaml', 'es: [liderado por ciudadanos]', 'es: liderado por ciudadanos');
	guide.edit('content/glossary.yaml', /^participatory-process:\n( {2}.*\n)+/m, 'participatory-process:\n');
	guide.write(objectiveChecklist, 'items: none\n');
	guide.write('content/checklists/prework/evaluate-the-fit.yaml', '');
	const found = guide.problems();
	assert.deepEqual(
		found.filter((line) => !line.startsWith('Step pages:')),
		[
			`Checklists: ${objectiveChecklist}: items: a checklist file needs \`items:\`, a list of items, each with an \`id\` and a \`text\` in every language.`,
			'Checklists: content/checklists/prework/evaluate-the-fit.yaml: this checklist file is empty or is not a checklist: it starts with `items:`, then the items, each with an `id` and its `text` in every language.',
			'Glossary: content/glossary.yaml: participatory-process: each term is a group of lines below its name: `term:` and `definition:`, each with one line per language.',
			'Glossary: content/glossary.yaml: citizen-led: avoid.es: the forms to avoid are a list in brackets, such as `es: [stakeholder, stakeholders]`.',
		].sort((a, b) => found.indexOf(a) - found.indexOf(b)),
	);
	assert.doesNotMatch(found.join('\n'), rawOrCrashed);
});

test('a check that meets content it cannot read says so in one line and the other checks still run', () => {
	const broken = {
		name: 'A broken check',
		run: () => {
			throw new TypeError("Cannot read properties of undefined (reading 'text')\n    at somewhere");
		},
	};
	contentChecks.push(broken);
	try {
		const results = checkContent(root);
		assert.deepEqual(results.at(-1), {
			name: 'A broken check',
			problems: [
				{
					file: 'content/',
					message:
						"this check could not read the content (Cannot read properties of undefined (reading 'text')): fix the problems the other checks name, then run it again. If none is named, please report it, with this line, on the guide's issues.",
				},
			],
		});
		assert.equal(results.length, contentChecks.length);
	} finally {
		contentChecks.pop();
	}
});

test('quotation marks inside a code span are code, also in a span of two backticks that holds one', () => {
	const guide = copyOfTheContent();
	guide.write(
		'content/docs/es/fixture.mdx',
		spanishFixturePage([
			'El mensaje ``title: `title` is "TODO"`` y el mensaje `"guide.tagline" is empty` son código.',
			'Pero esto "no" es código, después de ``un `código` largo``.',
		]),
	);
	assert.deepEqual(styleProblemsOfSpanishFixture(guide), [
		'Style: content/docs/es/fixture.mdx:7: uses the quotation mark ": text in es quotes «like this» (the style guide, content/style.yaml).',
	]);
});
