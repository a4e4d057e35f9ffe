// The words readers type into the search, and the page each must find (tests/dist/search.test.ts searches the
// built site with them). When a reader writes in that a search missed, add what they typed and the page they wanted;
// if the page lacks the word, write it into the page, in a sentence that is true and useful in every language.

export interface SearchWord {
	/** The language of the page the reader searches from: the search looks in that language's pages only. */
	language: string;
	/** What the reader types, as they type it (with or without accents). */
	search: string;
	/** The page it must find: its address on the site, such as `/es/kit/budget/`. */
	finds: string;
	/** Among the first how many results: 3 unless said. */
	within?: number;
	/** Why this page, where it is not plain. */
	why?: string;
}

const step = (language: string, key: string) => `/${language}/process/${key}/`;

export const searchWords: SearchWord[] = [
	// The words a reader uses for a step (issue 21). A kit sheet or a method card may come first, the step next.
	{ language: 'es', search: 'diagnóstico', finds: step('es', 'prework/understand-the-problem') },
	{ language: 'es', search: 'diagnostico', finds: step('es', 'prework/understand-the-problem') },
	{ language: 'es', search: 'planeación', finds: step('es', 'execution/write-the-plan') },
	{ language: 'es', search: 'mapeo de actores', finds: step('es', 'prework/identify-stakeholders') },
	{
		language: 'es',
		search: 'presupuesto',
		finds: step('es', 'execution/write-the-plan'),
		why: 'the plan holds the budget and a backup for when it changes; the budget worksheet comes first',
	},
	{ language: 'es', search: 'consentimiento', finds: step('es', 'execution/build-trust') },
	{
		language: 'es',
		search: 'convocatoria',
		finds: step('es', 'execution/build-trust'),
		why: 'the step that says how to invite people, and what the call says',
	},
	{ language: 'en', search: 'budget', finds: step('en', 'execution/write-the-plan') },
	{ language: 'en', search: 'consent', finds: step('en', 'execution/build-trust') },
	{ language: 'en', search: 'stakeholder map', finds: step('en', 'prework/identify-stakeholders') },
	{
		language: 'en',
		search: 'survey questions',
		finds: '/en/methods/survey/',
		why: 'the survey card says how to write and test the questions; no step does, and the four survey cards come before any step',
	},
	{ language: 'en', search: 'recruit', finds: step('en', 'execution/build-trust') },

	// Spanish plurals find the pages that use the singular (src/common/search-terms.ts).
	{ language: 'es', search: 'talleres', finds: '/es/methods/workshop/' },

	// A method card by its name and by the words people use for it.
	{ language: 'en', search: 'focus group', finds: '/en/methods/focus-group/' },
	{ language: 'en', search: 'town hall', finds: '/en/methods/forum/' },
	{ language: 'en', search: 'door to door', finds: '/en/methods/street-survey/' },
	{ language: 'en', search: 'SMS survey', finds: '/en/methods/phone-sms-survey/' },
	{ language: 'es', search: 'grupo focal', finds: '/es/methods/focus-group/' },
	{ language: 'es', search: 'sondeo', finds: '/es/methods/street-survey/' },
	{ language: 'es', search: 'mapeo', finds: '/es/methods/mapping-walk/' },
	{ language: 'es', search: 'mesa de trabajo', finds: '/es/methods/roundtable/' },
	{ language: 'es', search: 'asamblea vecinal', finds: '/es/methods/forum/' },
];
