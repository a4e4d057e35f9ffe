// Every page of each saved language, opened offline with its styles. The quick project fetches each page from the
// saved copy and opens a sample of templates.
import { languageCodes } from '../../../src/languages.ts';
import { opensWithStyles, save } from '../offline-helpers';
import { builtPages, test } from '../site';

test.use({ serviceWorkers: 'allow' });
for (const language of languageCodes) {
	test(`every page of the guide saved in ${language} opens offline, with its styles`, async ({ page, context }) => {
		test.slow();
		await save(page, language);
		await context.setOffline(true);
		for (const path of builtPages().filter((path) => path.startsWith(`/${language}/`)))
			await opensWithStyles(page, path);
	});
}
