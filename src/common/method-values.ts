// The values a method card's facts take (src/schemas/method.ts), without zod: the browser's filters read them too.

/** Where a method comes from: the framework's own list, one of the two pilots, or this guide. */
export const methodOrigins = ['framework', 'pilot', 'guide'] as const;
/** What a method gives you: the framework's first criterion, purpose. */
export const methodPurposes = ['inform', 'views', 'understand', 'count', 'data', 'ideas', 'decide'] as const;
/** How much say participants get, from "we tell you" to "you decide" (the page /<lang>/methods/say/). */
export const sayLevels = ['tell', 'ask', 'involve', 'together', 'decide'] as const;
/** How people take part. */
export const methodChannels = ['in-person', 'paper', 'phone', 'sms', 'messaging', 'online'] as const;
/** What a method can cost the organisers and the people who come: items, never figures. */
export const costItems = [
	'room',
	'transport',
	'data',
	'airtime',
	'printing',
	'food',
	'childcare',
	'interpretation',
	'stipends',
	'equipment',
	'platform',
	'broadcast',
] as const;
/** The guide's estimate of what a method costs against the others: the framework's "financial barriers". */
export const costLevels = ['low', 'medium', 'high'] as const;
/** From the start of preparation to results in hand: the framework's "delivery time", as advice. */
export const deliveryTimes = ['days', 'weeks', 'months'] as const;
/** How participants are found. */
export const recruitRoutes = ['open', 'partners', 'quotas', 'random', 'invited'] as const;

/** The group sizes the method index filters by, in people; a card matches a band its range reaches. */
export const sizeBands = {
	one: { min: 1, max: 2 },
	small: { min: 3, max: 15 },
	medium: { min: 16, max: 50 },
	large: { min: 51, max: Number.POSITIVE_INFINITY },
} as const;
export type SizeBand = keyof typeof sizeBands;
