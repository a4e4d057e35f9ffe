import type { Language } from '../languages.ts';

/** The sections of a case study (design.md, "Case studies"), in order, with their heading in each language. */
export const caseStudySections: { key: string; heading: Record<Language, string> }[] = [
	{ key: 'context', heading: { en: 'Context', es: 'Contexto' } },
	{ key: 'partners', heading: { en: 'Partners', es: 'Organizaciones aliadas' } },
	{ key: 'goal', heading: { en: 'Goal', es: 'Objetivo' } },
	{ key: 'who', heading: { en: 'Who took part', es: 'Quiénes participaron' } },
	{ key: 'method', heading: { en: 'Method and tools', es: 'Método y herramientas' } },
	{ key: 'timeline', heading: { en: 'Timeline', es: 'Cronología' } },
	{ key: 'happened', heading: { en: 'What happened', es: 'Qué pasó' } },
	{ key: 'learned', heading: { en: 'What we learned', es: 'Qué aprendimos' } },
	{ key: 'unknown', heading: { en: 'What is not known', es: 'Lo que no se sabe' } },
	{ key: 'sources', heading: { en: 'Sources', es: 'Fuentes' } },
];
