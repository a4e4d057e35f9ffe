import pkg from '../../package.json' with { type: 'json' };

/** The guide's repository on GitHub, from package.json: the one place to change it. */
export const repositoryUrl = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

export const contentLicenceUrl = 'https://creativecommons.org/licenses/by/4.0/';
export const codeLicenceUrl = `${repositoryUrl}/blob/main/LICENSE`;
