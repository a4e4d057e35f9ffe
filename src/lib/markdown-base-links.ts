import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { addBase } from './base-path.ts';

/**
 * A Sätteri plugin (Astro's Markdown processor) that puts the site's base path in front of every root-relative
 * link and image of the pages (`/en/…`), so that contributors write the same links wherever the guide is published.
 */
export function baseLinks(base: string): HastPluginEntry {
	return defineHastPlugin({
		name: 'guide-base-links',
		element: {
			filter: ['a', 'img'],
			visit(node, ctx) {
				for (const name of ['href', 'src']) {
					const value = node.properties[name];
					if (typeof value === 'string' && addBase(value, base) !== value)
						ctx.setProperty(node, name, addBase(value, base));
				}
			},
		},
	});
}
