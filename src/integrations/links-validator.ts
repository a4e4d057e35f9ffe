// starlight-links-validator checks every link of the built pages. Its own failure ends with a hint to file a bug
// with the plugin; a contributor needs the fix instead, so its error is replaced by one that says what to do.
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { AstroError } from 'astro/errors';
import starlightLinksValidator from 'starlight-links-validator';

const fix =
	'Each link listed above points to a page or a heading that does not exist. Fix its address: copy it from the page in your browser, from the site\'s root and with its language (/en/…, /es/…); for a heading, use the part after # in the address bar when you click the heading\'s link. `npm run check` lists broken links in seconds.';

export function linksValidator(): StarlightPlugin {
	const plugin = starlightLinksValidator();
	return {
		name: 'guide-links-validator',
		hooks: {
			'config:setup'(options) {
				return plugin.hooks['config:setup']?.({
					...options,
					addIntegration(integration) {
						const done = integration.hooks['astro:build:done'];
						if (done) {
							integration.hooks['astro:build:done'] = async (params) => {
								try {
									await done(params);
								} catch (error) {
									if (error instanceof Error && /links validation failed/i.test(error.message)) throw new AstroError('Links validation failed.', fix);
									throw error;
								}
							};
						}
						options.addIntegration(integration);
					},
				});
			},
		},
	};
}
