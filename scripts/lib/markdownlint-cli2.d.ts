// markdownlint-cli2 ships no types for its programmatic entry point; this is the part scripts/check.ts uses.
declare module 'markdownlint-cli2' {
	export function main(params: {
		argv: string[];
		directory?: string;
		logMessage?: (message: string) => void;
		logError?: (message: string) => void;
	}): Promise<number>;
}
