import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copyOfTheGuide } from './project.ts';

// The content checks are tested one by one without a build (tests/unit/content-checks.test.ts); this proves that
// the build runs them first, so that a contributor's mistake stops it at once with the same message.
test('a contributor’s mistake stops the build before any page is built, naming the file and the fix', () => {
	const guide = copyOfTheGuide();
	try {
		guide.write(
			'content/docs/en/zz-wrong-step.mdx',
			'---\ntitle: A step\ndescription: A step page.\noutputs: [A plan]\nroles: [Facilitator]\ntime: { preparation: 1 hour, session: 1 hour }\nphase: prework\nstep: two\n---\n\nText.\n',
		);
		guide.write('content/docs/es/zz-wrong-step.mdx', '---\ntitle: Un paso\ndescription: Un paso.\n---\n\nTexto.\n');
		guide.write(
			'content/docs/en/zz-broken-link.mdx',
			'---\ntitle: Broken link\ndescription: A page with a link to nowhere.\n---\n\nSee [the missing page](/en/no-such-page/).\n',
		);
		const { status, output } = guide.build();
		assert.notEqual(status, 0, `the build should have failed:\n${output}`);
		assert.match(output, /content\/docs\/en\/zz-wrong-step\.mdx: step: `step` must be a whole number without quotes/);
		assert.match(
			output,
			/content\/docs\/en\/zz-broken-link\.mdx:6: the link \/en\/no-such-page\/ points to a page that does not exist/,
		);
		assert.match(
			output,
			/content\/docs\/es\/zz-broken-link\.mdx: is missing: .* Translate content\/docs\/en\/zz-broken-link\.mdx into this file/,
		);
		// A Spanish file's mistake is explained in Spanish too, on the line below the English message.
		assert.match(
			output,
			/content\/docs\/es\/zz-broken-link\.mdx: is missing: .*\n\s+es: falta esta traducción: cada página existe en cada idioma completo/,
		);
		assert.match(output, /`npm run check` lists them again in seconds/);
		assert.doesNotMatch(output, /page\(s\) built/);
		// The report is the whole message: no "unhandled error", no stack trace of the guide's own code.
		assert.doesNotMatch(output, /unhandled error|Stack trace|at astro:config:setup/i);
	} finally {
		guide.remove();
	}
});
