// Runs the content checks (src/checks/) at the start of every build, so that a build never publishes a guide that
// `npm run check` would refuse: a missing translation, a broken link, a checklist without its step… In
// `astro dev` the problems are warnings, so that a preview still shows the page being written.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem, isError } from '../checks/index.ts';

export default function guideChecks(): AstroIntegration {
	return {
		name: 'guide-checks',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const problems = checkContent(fileURLToPath(config.root)).flatMap(({ name, problems }) =>
					problems.filter(isError).map((problem) => `${name}: ${formatProblem(problem)}`),
				);
				if (problems.length === 0) return;
				const report = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the guide's content:\n${problems.map((line) => `  ${line}`).join('\n')}\nEach line names the file and says what to do; \`npm run check\` lists them again in seconds.`;
				if (command === 'dev') logger.warn(report);
				else throw new Error(report);
			},
		},
	};
}
