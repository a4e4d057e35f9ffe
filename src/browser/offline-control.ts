// What the "Save for offline use" control does (src/components/OfflineControl.astro): it reads which sets the
// reader saved from the service worker's address, shows their state, and installs a worker for a new choice.
// Loaded only when the control comes near the screen: a visit that stays above it never downloads this code.
import { formatSize } from '../common/byte-size.ts';
import { pdfSet, sizesFile, type SetSizes, type WorkerMessage } from '../common/offline-protocol.ts';
import { stringsOf } from './strings.ts';

export async function startOfflineControl(control: HTMLElement) {
	const workers = navigator.serviceWorker;
	const { language = '', worker = '', scope = '' } = control.dataset;
	const [guideSet, pdfsSet] = [language, pdfSet(language)];
	// What saving costs, as the build measured it; none in `astro dev`, where there is nothing to save. Without it the
	// control cannot offer anything: the caller says that it did not load.
	const sizes = await fetch(scope + sizesFile).then((response) =>
		response.ok ? (response.json() as Promise<Record<string, SetSizes>>) : undefined,
	);
	if (!sizes?.[guideSet]) throw new Error(`${sizesFile} has no sizes for "${guideSet}"`);
	const guide: SetSizes = sizes[guideSet];
	const pdfs = sizes[pdfsSet];
	const hasPdfs = (pdfs?.transfer ?? 0) > 0;
	const part = <T extends HTMLElement = HTMLElement>(selector: string) => control.querySelector<T>(selector)!;
	const message = part('[data-message]');
	const megabytes = (bytes: number) => formatSize(bytes, document.documentElement.lang);
	const text = stringsOf(control);
	const fill = (element: HTMLElement, key: string, values: Record<string, string>) => {
		element.textContent = text(key, values);
	};
	const show = (state: string) => {
		for (const element of control.querySelectorAll<HTMLElement>('[data-state]')) {
			element.hidden = element.dataset.state !== state;
		}
	};
	const storageOf = (sets: string[]) =>
		(sets.includes(guideSet) ? guide.storage : 0) + (sets.includes(pdfsSet) ? (pdfs?.storage ?? 0) : 0);

	/** The sets saved now: the active worker's address names them (`sw.js?save=en,es-pdfs`). */
	const savedSets = (registration: ServiceWorkerRegistration | undefined) =>
		new URL(registration?.active?.scriptURL ?? worker, location.href).searchParams.get('save')?.split(',') ?? [];

	const ask = (target: ServiceWorker) =>
		new Promise<Extract<WorkerMessage, { type: 'guide-offline-state' }>>((resolve) => {
			const channel = new MessageChannel();
			channel.port1.onmessage = ({ data }: MessageEvent<Extract<WorkerMessage, { type: 'guide-offline-state' }>>) =>
				resolve(data);
			target.postMessage({ type: 'guide-offline-state' }, [channel.port2]);
		});

	let persisted = true;
	async function showSaved() {
		const registration = await workers.getRegistration(scope);
		const sets = savedSets(registration);
		if (!registration?.active || !sets.includes(guideSet)) {
			fill(part('[data-offer]'), 'guide.offline.offer', {
				download: megabytes(guide.transfer),
				storage: megabytes(guide.storage),
			});
			return show('offer');
		}
		const { version } = await ask(registration.active);
		fill(part('[data-saved]'), 'guide.offline.saved', { date: version, storage: megabytes(storageOf(sets)) });
		part('[data-saved-pdfs]').hidden = !sets.includes(pdfsSet);
		part('[data-add-pdfs]').hidden = !hasPdfs || sets.includes(pdfsSet);
		part('[data-remove-pdfs]').hidden = !sets.includes(pdfsSet);
		if (hasPdfs) fill(part('[data-add-pdfs]'), 'guide.offline.addPdfs', { download: megabytes(pdfs!.transfer) });
		part('[data-not-kept]').hidden = persisted;
		const waiting = registration.waiting;
		part('[data-update]').hidden = !waiting;
		if (waiting) fill(part('[data-update-date]'), 'guide.offline.update', { date: (await ask(waiting)).version });
		show('saved');
	}

	/** Installs the worker that saves exactly `sets`, and makes it the one in charge once all is saved. */
	async function choose(sets: string[]) {
		const address = sets.length ? `${worker}?save=${[...new Set(sets)].sort().join(',')}` : worker;
		const registration = await workers.register(address, { scope });
		const installing = registration.installing;
		if (!installing) return;
		await new Promise<void>((resolve, reject) => {
			const follow = () => {
				if (installing.state === 'installed') installing.postMessage({ type: 'guide-offline-activate' });
				if (installing.state === 'activated') resolve();
				if (installing.state === 'redundant') reject(new Error('not saved'));
			};
			installing.addEventListener('statechange', follow);
			follow();
		});
	}

	// Why the last attempt failed, as the worker says just before it gives up.
	let failure: Promise<'network' | 'space'> = new Promise(() => {});
	let tellFailure: (reason: 'network' | 'space') => void = () => {};
	const expectFailure = () => {
		failure = new Promise((resolve) => (tellFailure = resolve));
	};
	workers.addEventListener('message', ({ data }: MessageEvent<WorkerMessage>) => {
		if (data?.type === 'guide-offline-progress') {
			const bar = part<HTMLProgressElement>('progress');
			bar.value = data.total ? data.saved / data.total : 1;
			fill(part('[data-left]'), 'guide.offline.saving', { left: megabytes(Math.max(0, data.total - data.saved)) });
		}
		if (data?.type === 'guide-offline-failed') tellFailure(data.reason);
	});
	workers.startMessages();

	async function change(add: string[], remove: string[]) {
		message.textContent = '';
		const registration = await workers.getRegistration(scope);
		const sets = [...savedSets(registration).filter((set) => !remove.includes(set)), ...add];
		if (add.length) {
			const needed = storageOf(add);
			const { quota = Infinity, usage = 0 } = (await navigator.storage?.estimate?.()) ?? {};
			if (quota - usage < needed) {
				message.textContent = text('guide.offline.failedSpace', { storage: megabytes(needed) });
				return;
			}
			persisted = (await navigator.storage?.persist?.()) ?? false;
			part<HTMLProgressElement>('progress').value = 0;
			fill(part('[data-left]'), 'guide.offline.saving', { left: megabytes(guide.transfer) });
			show('saving');
		}
		expectFailure();
		try {
			await choose(sets);
			if (!sets.includes(guideSet)) message.textContent = text('guide.offline.removed');
		} catch {
			// The worker's message and its end may arrive in either order: wait a moment for the reason.
			const reason = await Promise.race([failure, new Promise((resolve) => setTimeout(resolve, 2000, 'network'))]);
			message.textContent =
				reason === 'space'
					? text('guide.offline.failedSpace', { storage: megabytes(storageOf(add)) })
					: text('guide.offline.failedNetwork');
		}
		await showSaved();
	}

	part('[data-save]').addEventListener('click', () => void change([guideSet], []));
	part('[data-add-pdfs]').addEventListener('click', () => void change([pdfsSet], []));
	part('[data-remove-pdfs]').addEventListener('click', () => void change([], [pdfsSet]));
	part('[data-remove]').addEventListener('click', () => void change([], [guideSet, pdfsSet]));
	part('[data-reload]').addEventListener('click', () => {
		workers.addEventListener('controllerchange', () => location.reload());
		void workers.getRegistration(scope).then((registration) => {
			registration?.waiting?.postMessage({ type: 'guide-offline-activate' });
		});
	});
	void navigator.storage?.persisted?.().then((kept) => (persisted = kept));
	await showSaved();
}
