import type { WorkerBuild } from '../common/offline-protocol.ts';

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);

/**
 * The page a reader gets, with no connection, for a page that is neither saved nor opened before: in the reader's
 * language, with links to what does open. Its own styles, since the guide's may not be saved.
 */
export function notAvailablePage(
	build: WorkerBuild,
	language: string,
	savedLanguages: string[],
	openedPages: { href: string; title: string; lang: string | undefined }[],
	requested: string,
): string {
	const words = build.words[language]!;
	const link = (href: string, text: string, lang?: string) =>
		`<li><a href="${escape(href)}"${lang && lang !== language ? ` lang="${build.words[lang]?.lang ?? lang}"` : ''}>${text}</a></li>`;
	const saved = savedLanguages.map((code) => link(`${build.base}${code}/`, escape(build.words[code]!.label), code));
	// The reader's language first; titles are kept as the pages wrote them (already escaped).
	const opened = openedPages
		.filter(({ href }) => href !== requested)
		.sort((a, b) => Number(b.lang === language) - Number(a.lang === language) || a.title.localeCompare(b.title))
		.map(({ href, title, lang }) => link(href, title, lang));
	return `<!doctype html>
<html lang="${words.lang}" dir="${words.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(words.title)}</title>
<style>
:root{color-scheme:light dark;--text:#17181c;--bg:#fff;--link:#0b5c8c}
@media (prefers-color-scheme:dark){:root{--text:#eceef2;--bg:#17181c;--link:#9ccfee}}
body{margin:0;background:var(--bg);color:var(--text);font:1rem/1.6 system-ui,sans-serif}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.6rem;line-height:1.25}
a{color:var(--link)}
li{margin-block:.4rem}
</style>
</head>
<body>
<main>
<h1>${escape(words.title)}</h1>
<p>${escape(words.text)}</p>
<p><a href="${escape(requested)}">${escape(words.retry)}</a></p>
${saved.length ? `<h2>${escape(words.saved)}</h2>\n<ul>${saved.join('')}</ul>` : ''}
${opened.length ? `<h2>${escape(words.opened)}</h2>\n<ul>${opened.join('')}</ul>` : ''}
<p><a href="${escape(`${build.base}${language}/start-here/#offline`)}">${escape(words.save)}</a></p>
</main>
</body>
</html>
`;
}
