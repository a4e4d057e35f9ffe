// Whether the built pages are valid HTML, with html-validate. It takes most of the scan's time, so built-site.ts
// runs this file in a worker thread, beside its own checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';

// The standard preset: whether the HTML is valid (nesting, content models, attributes, ids), and nothing else.
// (The recommended preset adds style and accessibility advice that Starlight's own markup breaks on every page, and
// takes twice as long; axe-core checks accessibility in the browser.) Starlight's markup passes it but for one thing,
// which is let through here and nowhere else.
const rules: ConfigData = {
	extends: ['html-validate:standard'],
	elements: [
		'html5',
		// Starlight's code blocks (Expressive Code) put each line in a <div> inside <code>, and a <div> in their copy <button>.
		{ code: { permittedContent: ['@phrasing', 'div'] }, button: { permittedContent: ['@phrasing', 'div'] } },
	],
};

// StaticConfigLoader resolves the configuration again for every page (a tenth of a second each): resolve it once.
class ResolveOnce extends StaticConfigLoader {
	#resolved?: ResolvedConfig | Promise<ResolvedConfig>;
	override getConfigFor(handle: string, override?: ConfigData) {
		return (this.#resolved ??= super.getConfigFor(handle, override));
	}
}

/** `page: rule: message (line:col)` for each thing html-validate finds; pages as `/es/about/` or `/404.html`. */
export function htmlProblems(dist: string, pages: string[]): string[] {
	const validator = new HtmlValidate(new ResolveOnce(rules));
	return pages.flatMap((page) => {
		const file = (page.endsWith('/') ? `${page}index.html` : page).slice(1);
		return validator
			.validateStringSync(readFileSync(join(dist, file), 'utf8'), file)
			.results.flatMap((result) => result.messages)
			.map((message) => `${page}: ${message.ruleId}: ${message.message} (${message.line}:${message.column})`);
	});
}

const job = (workerData as { htmlProblems?: { dist: string; pages: string[] } } | null)?.htmlProblems;
if (!isMainThread && job) parentPort!.postMessage(htmlProblems(job.dist, job.pages));
