// Every page of each saved language, opened offline with its styles; and the other languages' offline reading. The
// quick project fetches each page from the saved copy and opens a sample of templates.
import { languageCodes, languages } from '../../../src/languages.ts';
import { opensWithStyles, quickOfflineLanguage, save, savedLanguageWorksOffline } from '../offline-helpers';
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

// The quick project reads one saved language offline in full; here the others.
for (const language of languageCodes.filter((code) => code !== quickOfflineLanguage))
	test(`saved in ${languages[language]!.label}: every page, search, ticks, the plan and print work offline; what is not saved says so`, ({
		page,
		context,
	}) => savedLanguageWorksOffline(page, context, language));
