import type { Language } from '../languages.ts';

/**
 * The sections of a step page (design.md, "A step page"), in order, with their heading in each language.
 * "In practice" appears only where a source connects the step to a pilot.
 */
export const stepSections: { key: string; optional?: true; heading: Record<Language, string> }[] = [
	{ key: 'why', heading: { en: 'Why this step matters', es: 'Por qué importa este paso' } },
	{ key: 'how', heading: { en: 'How to do it', es: 'Cómo hacerlo' } },
	{ key: 'questions', heading: { en: 'Questions to ask', es: 'Preguntas que conviene hacerte' } },
	{ key: 'practice', optional: true, heading: { en: 'In practice', es: 'En la práctica' } },
	{ key: 'offline', heading: { en: 'When connectivity is poor', es: 'Si la conexión es mala' } },
	{ key: 'safety', heading: { en: 'Safety and inclusion', es: 'Seguridad e inclusión' } },
	{ key: 'pitfalls', heading: { en: 'Pitfalls', es: 'Errores comunes' } },
	{ key: 'checklist', heading: { en: 'Checklist', es: 'Lista de verificación' } },
];
