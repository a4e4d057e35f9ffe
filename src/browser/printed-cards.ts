// The page that prints method cards: the reader ticks the cards to print (the address can choose them, as
// `?cards=focus-group,interview`, which the method index writes for the cards its filters show), then prints.
import { stringsOf } from './strings.ts';

export function startPrintedCards() {
	const root = document.querySelector<HTMLElement>('[data-printed-cards]');
	const form = root?.querySelector<HTMLFormElement>('[data-cards-choice]');
	if (!root || !form) return;
	const text = stringsOf(root);
	const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const articles = new Map(
		[...root.querySelectorAll<HTMLElement>('[data-card]')].map((article) => [article.dataset.card!, article]),
	);
	const count = form.querySelector<HTMLElement>('[data-cards-count]')!;
	const show = () => {
		for (const box of boxes) articles.get(box.value)!.hidden = !box.checked;
		count.textContent = text('guide.methods.printCount', {
			count: boxes.filter((box) => box.checked).length,
			total: boxes.length,
		});
	};
	const asked = new URLSearchParams(location.search).get('cards')?.split(',');
	if (asked) for (const box of boxes) box.checked = asked.includes(box.value);
	show();
	form.hidden = false;
	form.addEventListener('change', show);
	form.querySelector('[data-cards-print]')!.addEventListener('click', () => print());
}
