/** The parts of Starlight's sidebar entries that shaping it needs (its route data's `sidebar`). */
interface Link {
	type: 'link';
	label: string;
	href: string;
	isCurrent: boolean;
	badge: unknown;
	attrs: object;
}
interface Group {
	type: 'group';
	label: string;
	entries: Entry[];
	collapsed: boolean;
	badge: unknown;
}
type Entry = Link | Group;

const holdsCurrent = (entry: Entry): boolean =>
	entry.type === 'link' ? entry.isCurrent : entry.entries.some(holdsCurrent);

const firstLink = (group: Group): Link | undefined => {
	for (const entry of group.entries) {
		const link = entry.type === 'link' ? entry : firstLink(entry);
		if (link) return link;
	}
	return undefined;
};

/**
 * A page's sidebar with only the page's own sections open: every other group becomes one link to where it starts,
 * its first page (a section's overview). Every page of a language repeated the whole sidebar, about a kilobyte
 * compressed; now a reader reaches any section from any page in two taps (the menu, the section), and the section's
 * own pages from there, with or without JavaScript.
 */
export function sectionsOf<E extends Entry>(entries: E[]): E[] {
	return entries.map((entry) => {
		if (entry.type === 'link') return entry;
		if (holdsCurrent(entry)) return { ...entry, collapsed: false, entries: sectionsOf(entry.entries) };
		const start = firstLink(entry);
		if (!start) return entry;
		return { type: 'link', label: entry.label, href: start.href, isCurrent: false, badge: entry.badge, attrs: {} } as E;
	});
}
