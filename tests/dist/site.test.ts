// What must hold on every page of the built site, checked in the HTML files themselves.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { select } from 'hast-util-select';
import { languageCodes, sourceLanguage } from '../../src/languages.ts';
import {
	builtPages,
	languageOf,
	readBuiltPage,
	siteProblems,
	testedSite,
	withBase,
	type CheckName,
} from './built-site.ts';

const { dist, base } = testedSite;
// Without dist/, this throws "dist/ is missing: run `npm run build` first."
const problems = await siteProblems({ dist, base });

test(`the site was built for the base path ${base} that the tests expect (GUIDE_BASE)`, () => {
	const page = `/${sourceLanguage}/`;
	const canonical = select('link[rel~=canonical]', readBuiltPage(dist, page));
	const address = canonical ? new URL(String(canonical.properties.href)).pathname : withBase(base, page);
	const builtFor = address.slice(0, address.length - page.length + 1);
	assert.equal(
		builtFor,
		base,
		`the site's canonical addresses say it was built for ${builtFor}: run the tests with GUIDE_BASE=${builtFor}`,
	);
});

const checks: Record<CheckName, string> = {
	requests: 'no page makes its readers’ browsers ask another origin for anything',
	mainText: 'every page shows its title and main text without JavaScript',
	validHtml: 'every page is valid HTML',
	translations: `every page exists in each complete language (${languageCodes.join(', ')}), translated, not Starlight’s English fallback`,
	links: `every link and asset inside the site leads to a built file, with the base path ${base}, and every #anchor to an id`,
};

for (const [check, name] of Object.entries(checks) as [CheckName, string][]) {
	test(name, () => {
		const found = problems[check];
		// A plain Error: the problems are the whole message, with no actual/expected around them.
		if (found.length > 0)
			throw new Error(`${found.length} problem${found.length === 1 ? '' : 's'}:\n${found.join('\n')}`);
	});
}

test('the site has more than 40 pages in each language', () => {
	const pages = builtPages(dist);
	for (const lang of languageCodes) {
		const count = pages.filter((page) => languageOf(page) === lang).length;
		assert.ok(
			count > 40,
			`${dist}/${lang}/ holds only ${count} pages: the build is incomplete, or its pages went elsewhere`,
		);
	}
});
