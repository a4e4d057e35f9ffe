/**
 * The sections of a step page, in order. Each heading is an interface string, `guide.stepSection.<key>`, in
 * content/i18n/<lang>.json. "In practice" appears only where a source connects the step to a pilot.
 */
export const stepSections = [
	{ key: 'why' },
	{ key: 'how' },
	{ key: 'questions' },
	{ key: 'practice', optional: true },
	{ key: 'offline' },
	{ key: 'safety' },
	{ key: 'pitfalls' },
	{ key: 'checklist' },
] as const satisfies readonly { key: string; optional?: true }[];
