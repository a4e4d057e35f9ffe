/**
 * The sections of a case study, in order. Each heading is an interface string, `guide.caseSection.<key>`, in
 * content/i18n/<lang>.json.
 */
export const caseStudySections = [
	{ key: 'context' },
	{ key: 'partners' },
	{ key: 'goal' },
	{ key: 'who' },
	{ key: 'method' },
	{ key: 'timeline' },
	{ key: 'happened' },
	{ key: 'learned' },
	{ key: 'unknown' },
	{ key: 'sources' },
] as const satisfies readonly { key: string }[];
