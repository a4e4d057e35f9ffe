// Runs before the guide's commands (npm's pre-scripts), in plain JavaScript so that any Node can run it: an older
// Node would otherwise fail later, on the first TypeScript file, with a message that says nothing useful.
const [major, minor] = process.versions.node.split('.').map(Number);
if (!(major > 24 || (major === 24 && minor >= 8) || (major === 22 && minor >= 22))) {
	console.error(
		`\nThe Participation Guide needs Node.js 24 (or 22.22 and newer); this is Node ${process.versions.node}.\n` +
			'Install Node 24 LTS from https://nodejs.org/ (with nvm: run `nvm install` in this folder, which reads .nvmrc),\n' +
			'then run the command again.\n',
	);
	process.exit(1);
}
