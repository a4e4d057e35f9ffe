import { languageCodes, sourceLanguage } from '../languages.ts';
import { phases } from '../schemas/frontmatter.ts';
import { kitSheets } from './pdf-sheets.ts';
import { processSteps } from './process.ts';
import { interpolate } from './ui-strings.ts';

type Values = Record<string, string | number>;
interface Group {
	label: string;
	translations: Record<string, string>;
	items: (string | Group | { slug: string; label: string; translations: Record<string, string> })[];
}

/**
 * The guide's sidebar, the same in every language. A page's label is its title, so it reads in the page's
 * language; group labels come from the interface strings (content/i18n/), given by language.
 */
export function sidebar(strings: Record<string, Record<string, string>>) {
	/** A sidebar label in every language. */
	const label = (key: string, values: (lang: string) => Values = () => ({})) => {
		const text = (lang: string) =>
			interpolate(strings[lang]?.[key] ?? strings[sourceLanguage]?.[key] ?? key, values(lang));
		return {
			label: text(sourceLanguage),
			translations: Object.fromEntries(
				languageCodes.filter((lang) => lang !== sourceLanguage).map((lang) => [lang, text(lang)]),
			),
		};
	};

	/** A group for a folder: its overview page (the folder's index), then its pages. */
	const section = (key: string, folder: string, pages: string[], values?: (lang: string) => Values): Group => ({
		...label(key, values),
		items: [{ slug: folder, ...label('guide.sidebar.overview') }, ...pages.map((page) => `${folder}/${page}`)],
	});

	const group = (key: string, items: Group['items']): Group => ({ ...label(key), items });

	// The three phases and their steps, in the order the English step pages' frontmatter gives.
	const steps = processSteps();
	const processGroups = phases.map((phase, index) =>
		section(
			'guide.phase.numbered',
			`process/${phase}`,
			steps.filter((step) => step.phase === phase).map((step) => step.slug.split('/').at(-1)!),
			(lang) => ({ phase: index + 1, phaseName: strings[lang]?.[`guide.phase.${phase}`] ?? phase }),
		),
	);

	return [
		'start-here',
		group('guide.sidebar.beforeYouBegin', [
			'before-you-begin/citizen-led',
			'before-you-begin/inputs',
			'before-you-begin/is-digital-right',
		]),
		group('guide.sidebar.process', ['process', ...processGroups]),
		section('guide.sidebar.methods', 'methods', ['say']),
		section('guide.sidebar.kit', 'kit', [...kitSheets]),
		'plan',
		section('guide.sidebar.checklists', 'checklists', [...phases, 'workshop-pack']),
		section('guide.sidebar.caseStudies', 'case-studies', ['leon', 'haripur', 'comparison']),
		group('guide.sidebar.learn', ['best-practices', 'lessons-from-the-pilots', 'dilemmas']),
		group('guide.sidebar.reference', ['glossary', 'references', 'about', 'whats-new']),
		group('guide.sidebar.contribute', [
			'contribute',
			'contribute/style',
			'contribute/checks',
			'contribute/translation-status',
		]),
	];
}
