import type { Problem } from './guide.ts';

/**
 * The checks' messages are in English, the language every contributor to the guide shares. A mistake in a text of
 * another language (a Spanish page, es.json, the `es:` line of a checklist item) is explained in that language too,
 * on a line of its own: by its kind where the check says it (`kind`), else by the check that found it. A language
 * without an entry here gets the English message alone.
 */
interface Explanations {
	kinds: Record<string, (where: string) => string>;
	checks: Record<string, string>;
	/** Where the table of messages is, in this language. */
	table: string;
}

const explanations: Record<string, Explanations> = {
	es: {
		kinds: {
			notLines: (where) =>
				`${where} debe tener una línea por idioma debajo, cada una con el código del idioma: \`en: …\`, \`es: …\`.`,
			unknownLanguage: (where) => `${where} no empieza con un idioma de la guía: usa \`en:\` o \`es:\`.`,
			missing: (where) => `falta el texto en español de ${where}: agrega una línea \`es: …\` con él.`,
			empty: (where) => `el texto en español de ${where} está vacío: escríbelo después de \`es:\`.`,
			notText: (where) =>
				`el texto en español de ${where} debe ser una sola línea de texto (entre comillas dobles si es un número o empieza con un símbolo).`,
			placeholder: (where) =>
				`el texto en español de ${where} es una marca de texto pendiente (como TODO o TBD), no un texto: escribe el texto.`,
			copied: (where) =>
				`el texto en español de ${where} es el texto en inglés copiado sin cambios: tradúcelo. Si es un nombre o una palabra que el español escribe igual que el inglés, agrégala a \`sameAsEnglish\` bajo \`es:\` en content/style.yaml.`,
			notRecorded: () =>
				'esta traducción no registra de qué texto en inglés se hizo: cuando diga lo mismo que la página en inglés, agrega entre sus líneas --- la línea `sourceFingerprint: …` que da el mensaje.',
			outdated: () =>
				'la página en inglés cambió después de esta traducción (es un aviso, no un error): actualiza la traducción y luego pon la línea `sourceFingerprint: …` que da el mensaje.',
			missingPage: () =>
				'falta esta traducción: cada página existe en cada idioma completo. Copia a este archivo la página en inglés que indica el mensaje y traduce su texto.',
		},
		checks: {
			Frontmatter:
				'hay un error en los datos de arriba del archivo (las líneas entre los dos ---): el mensaje en inglés indica el campo y qué escribir.',
			'Interface strings':
				'hay un error en los textos de la interfaz: el mensaje indica la clave (entre comillas) y qué escribir.',
			Checklists: 'hay un error en un punto de la lista de verificación: el mensaje indica el punto y el campo.',
			Glossary: 'hay un error en un término del glosario: el mensaje indica el término y el campo.',
			'Step pages':
				'a esta página de paso le falta una sección, o sus secciones están en otro orden, o repite un dato que solo lleva la página en inglés: el mensaje dice cuál.',
			'Your plan':
				'esta página de paso no tiene tantos resultados (`outputs`) como la página en inglés: tradúcelos todos, en el mismo orden.',
			'Case studies': 'a este estudio de caso le falta un dato o una sección: el mensaje dice cuál.',
			'Method cards':
				'a esta ficha de método le falta un campo o una sección, o repite un dato de la ficha en inglés: el mensaje dice cuál.',
			'Message templates': 'hay un error en una plantilla de mensaje: el mensaje indica la plantilla y qué cambiar.',
			Translations: 'hay un problema con esta traducción: el mensaje dice qué archivo escribir o qué línea añadir.',
			Links:
				'un enlace lleva a una página o a un título que no existe, o no empieza en la raíz del sitio con el idioma (/es/…): el mensaje da la línea.',
			'Glossary terms':
				'este texto usa una forma que el glosario pide evitar: el mensaje dice qué escribir en su lugar.',
			Style:
				'esta línea no sigue la guía de estilo (comillas « », formas que se evitan, una fuente citada con su nombre completo más de una vez en la página): el mensaje da la línea y qué escribir.',
		},
		table: 'La tabla de todos los mensajes, en español: content/docs/es/contribute/checks.mdx.',
	},
};

/** The language of a file of the guide: `content/docs/es/…`, `content/i18n/es.json`. */
const languageOfFile = (file: string) =>
	/^content\/docs\/([^/]+)\//.exec(file)?.[1] ?? /^content\/i18n\/([^/.]+)\.json$/.exec(file)?.[1];

/** The problem explained in the language of its text, where the guide has the words for it. */
export function explain(check: string, problem: Problem): Problem['explained'] {
	const lang = problem.lang ?? languageOfFile(problem.file);
	const words = lang ? explanations[lang] : undefined;
	if (!lang || !words) return undefined;
	const byKind = problem.kind ? words.kinds[problem.kind] : undefined;
	const message = byKind ? byKind(problem.where ? `\`${problem.where}\`` : 'este texto') : words.checks[check];
	return message ? { lang, message: `${message} ${words.table}` } : undefined;
}

/** The explanation as the checks print it, below the English message. */
export const formatExplained = (problem: Problem) =>
	problem.explained ? `${problem.explained.lang}: ${problem.explained.message}` : undefined;
