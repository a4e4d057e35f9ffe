// starlight-links-validator checks every link of the built pages. Its own failure ends with a hint to file a bug
// with the plugin; a contributor needs the fix instead, so its error is replaced by one that says what to do.
import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';
import { withLinkFix } from '../lib/link-fix.ts';

export function linksValidator(): StarlightPlugin {
	// A language still being translated links to pages that show the English text for now: that is expected.
	const plugin = starlightLinksValidator({ errorOnFallbackPages: false });
	return {
		name: 'guide-links-validator',
		hooks: {
			'config:setup'(options) {
				return plugin.hooks['config:setup']?.({
					...options,
					addIntegration: (integration) => options.addIntegration(withLinkFix(integration)),
				});
			},
		},
	};
}
