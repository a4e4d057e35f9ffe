/**
 * A size as the guide shows it to readers, in their language: whole kilobytes up to 500 kB ("37 kB"), then megabytes
 * with one decimal ("0.9 MB", "5.8 MB"), whole megabytes from 10 MB ("12 MB"). Units are SI (1 kB = 1,000 bytes), as
 * phones count storage, and each figure is rounded up, so that what a reader downloads is never more than shown. The
 * space inside is a no-break space: "(400 kB)" in a button's text never breaks across two lines.
 */
export function formatSize(bytes: number, locale: string): string {
	const kilobytes = Math.ceil(Math.max(0, bytes) / 1000);
	const [value, unit] =
		kilobytes < 500
			? [kilobytes, 'kilobyte']
			: bytes < 10_000_000
				? [Math.ceil(bytes / 100_000) / 10, 'megabyte']
				: [Math.ceil(bytes / 1_000_000), 'megabyte'];
	return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 })
		.format(value)
		.replace(/\s/gu, '\u00a0');
}
