import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';

export const linkFix =
	"Each link listed above points to a page or a heading that does not exist. Fix its address: copy it from the page in your browser, from the site's root and with its language (/en/…, /es/…); for a heading, use the part after # in the address bar when you click the heading's link. `npm run check` lists broken links in seconds.";

/** The validator's integration, with its failure turned into one that says what to do. */
export function withLinkFix(integration: AstroIntegration): AstroIntegration {
	const done = integration.hooks['astro:build:done'];
	if (!done) return integration;
	return {
		...integration,
		hooks: {
			...integration.hooks,
			'astro:build:done': async (params) => {
				try {
					await done(params);
				} catch (error) {
					if (error instanceof Error && /links validation failed/i.test(error.message))
						throw new AstroError('Links validation failed.', linkFix);
					throw error;
				}
			},
		},
	};
}
