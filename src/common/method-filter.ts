// Which method cards fit a reader's choices: the index's filters, read from and written to the page's address
// (`?size=large&offline=yes`), so that a selection can be sent as a link. Pure: the build and the browser share it.
import {
	costLevels,
	deliveryTimes,
	methodChannels,
	methodPurposes,
	sayLevels,
	sizeBands,
	type SizeBand,
} from './method-values.ts';

/** What the index knows of each card, as the page writes it in the card's data attributes. */
export interface FilterFacts {
	purposes: readonly string[];
	say: readonly string[];
	channels: readonly string[];
	min: number;
	/** Undefined for "or more". */
	max?: number;
	cost: string;
	delivery: string;
	offline: boolean;
}

/** The filters, each with the values it can take, in the order the index shows them. */
export const filterChoices = {
	purpose: methodPurposes,
	size: Object.keys(sizeBands) as SizeBand[],
	say: sayLevels,
	channel: methodChannels,
	cost: costLevels,
	time: deliveryTimes,
} as const;
export type FilterName = keyof typeof filterChoices;
export const filterNames = Object.keys(filterChoices) as FilterName[];

export type Filters = Partial<Record<FilterName, string>> & { offline?: boolean };

/** The filters an address holds; a value the index does not offer is left out, as if it were not there. */
export function filtersFrom(search: string): Filters {
	const params = new URLSearchParams(search);
	const filters: Filters = {};
	for (const name of filterNames) {
		const value = params.get(name);
		if (value && (filterChoices[name] as readonly string[]).includes(value)) filters[name] = value;
	}
	if (params.get('offline') === 'yes') filters.offline = true;
	return filters;
}

/** The address's query for some filters, in a fixed order: `?size=large&offline=yes`, or '' for none. */
export function searchFor(filters: Filters): string {
	const params = new URLSearchParams();
	for (const name of filterNames) if (filters[name]) params.set(name, filters[name]);
	if (filters.offline) params.set('offline', 'yes');
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Whether a card fits every filter chosen. Cost and time are "at most": a cheaper or quicker card fits too. */
export function fits(card: FilterFacts, filters: Filters): boolean {
	const atMost = (levels: readonly string[], value: string, limit?: string) =>
		!limit || levels.indexOf(value) <= levels.indexOf(limit);
	const band = filters.size ? sizeBands[filters.size as SizeBand] : undefined;
	return (
		(!filters.purpose || card.purposes.includes(filters.purpose)) &&
		(!filters.say || card.say.includes(filters.say)) &&
		(!filters.channel || card.channels.includes(filters.channel)) &&
		(!band || (card.min <= band.max && (card.max ?? Number.POSITIVE_INFINITY) >= band.min)) &&
		atMost(costLevels, card.cost, filters.cost) &&
		atMost(deliveryTimes, card.delivery, filters.time) &&
		(!filters.offline || card.offline)
	);
}
