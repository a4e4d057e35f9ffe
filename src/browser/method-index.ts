// The method index's filters: they show the cards that fit, say how many, and keep the choices in the address, so
// that "methods that work without a connection, for large groups" is a link a facilitator can send.
import { filterNames, filtersFrom, fits, searchFor, type FilterFacts, type Filters } from '../common/method-filter.ts';
import { stringsOf } from './strings.ts';

export function startMethodIndex() {
	const root = document.querySelector<HTMLElement>('[data-method-index]');
	const form = root?.querySelector<HTMLFormElement>('[data-method-filters]');
	if (!root || !form) return;
	const text = stringsOf(root);
	const cards = [...root.querySelectorAll<HTMLElement>('[data-method]')].map((element) => ({
		element,
		facts: JSON.parse(element.dataset.method!) as FilterFacts,
	}));
	const count = form.querySelector<HTMLElement>('[data-method-count]')!;
	const none = form.querySelector<HTMLElement>('[data-method-none]')!;
	const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
	const offline = form.elements.namedItem('offline') as HTMLInputElement;

	const printLink = root.querySelector<HTMLAnchorElement>('[data-method-print]')!;
	const printAll = printLink.pathname;

	const show = (filters: Filters) => {
		const shown = cards.filter(({ facts }) => fits(facts, filters));
		for (const { element } of cards) element.hidden = !shown.some((card) => card.element === element);
		count.textContent = text('guide.methods.count', { count: shown.length, total: cards.length });
		none.hidden = shown.length > 0;
		// The page of cards prints the ones shown here.
		const every = shown.length === cards.length;
		printLink.hidden = shown.length === 0;
		printLink.textContent = text(every ? 'guide.methods.printAll' : 'guide.methods.printLink');
		printLink.href = every
			? printAll
			: `${printAll}?cards=${shown.map(({ element }) => element.dataset.slug).join(',')}`;
	};
	const chosen = (): Filters => ({
		...Object.fromEntries(filterNames.map((name) => [name, select(name).value || undefined])),
		offline: offline.checked,
	});

	const fromAddress = filtersFrom(location.search);
	for (const name of filterNames) select(name).value = fromAddress[name] ?? '';
	offline.checked = Boolean(fromAddress.offline);
	show(fromAddress);
	form.hidden = false;

	form.addEventListener('change', () => {
		const filters = chosen();
		history.replaceState(null, '', `${location.pathname}${searchFor(filters)}${location.hash}`);
		show(filters);
	});
	form.addEventListener('submit', (event) => event.preventDefault());
}
