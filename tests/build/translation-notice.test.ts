import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { copyOfTheGuide } from './project.ts';

test('when an English page changes, its translation shows a notice in its own language, linking to the English page', () => {
	const guide = copyOfTheGuide();
	try {
		const english = join(guide.dir, 'content', 'docs', 'en', 'about.mdx');
		guide.write('content/docs/en/about.mdx', readFileSync(english, 'utf8').replace('## Who wrote the framework', 'A sentence added in English only.\n\n## Who wrote the framework'));
		const { status, output } = guide.build();
		assert.equal(status, 0, output);
		const page = (path: string) => readFileSync(join(guide.dir, 'dist', path, 'index.html'), 'utf8');
		const notice = page('es/about').match(/<aside class="translation-notice[\s\S]*?<\/aside>/)?.[0] ?? '';
		assert.match(notice, /Es posible que esta traducción esté desactualizada/);
		assert.match(notice, /href="\/en\/about\/"/);
		assert.doesNotMatch(page('en/about'), /translation-notice/);
		assert.doesNotMatch(page('es/start-here'), /<aside class="translation-notice/);
	} finally {
		guide.remove();
	}
});
