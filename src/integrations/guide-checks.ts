// Runs the content checks (src/checks/) at the start of every build, so that a build never publishes a guide that
// `npm run check` would refuse: a missing translation, a broken link, a checklist without its step… In
// `astro dev` the problems are warnings, so that a preview still shows the page being written.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatExplained, formatProblem, isError } from '../checks/index.ts';

export default function guideChecks(): AstroIntegration {
	return {
		name: 'guide-checks',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const results = checkContent(fileURLToPath(config.root));
				const problems = results.flatMap(({ name, problems }) =>
					problems
						.filter(isError)
						.map((problem) =>
							[`${name}: ${formatProblem(problem)}`, formatExplained(problem)].filter(Boolean).join('\n      '),
						),
				);
				if (problems.length === 0) {
					const notices = results.reduce((count, { problems }) => count + problems.length, 0);
					logger.info(
						`The content checks passed (${results.length} checks${notices ? `; ${notices} note${notices === 1 ? '' : 's'}, which \`npm run check\` shows` : ''}).`,
					);
					return;
				}
				const report = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the guide's content:\n${problems.map((line) => `  ${line}`).join('\n')}\nEach line names the file and says what to do; \`npm run check\` lists them again in seconds.`;
				if (command === 'dev') {
					logger.warn(report);
					return;
				}
				// Not a thrown error: Astro would call it "an unhandled error" and add a stack trace, which is about the
				// guide's code, not the contributor's content. The report is the whole message, and the build stops.
				logger.error(report);
				process.exit(1);
			},
		},
	};
}
