// How long a text message is, as a phone counts it (3GPP TS 23.038): in the GSM 7-bit default alphabet when every
// character is in it, else in UCS-2. Pure: the session kit's page, the content check and the tests read it.

/** The GSM 7-bit default alphabet (3GPP TS 23.038, 6.2.1): one septet each. It has é, ñ, ü, ¿, ¡ and à, not á, í, ó, ú. */
const gsmBasic = new Set(
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** Its extension table (6.2.1.1): an escape septet and one more, so each counts twice. */
const gsmExtension = new Set('\f^{}\\[]~|€');

/** The characters in one message, and in each part of a longer one (its header takes the rest). */
export const smsLimits = {
	gsm7: { single: 160, part: 153 },
	ucs2: { single: 70, part: 67 },
} as const;
export type SmsEncoding = keyof typeof smsLimits;

/** GSM 7-bit when every character is in its alphabet or its extension table; otherwise UCS-2. */
export function smsEncoding(text: string): SmsEncoding {
	for (const char of text) if (!gsmBasic.has(char) && !gsmExtension.has(char)) return 'ucs2';
	return 'gsm7';
}

/** The text's length in its encoding: an extension character counts twice in GSM 7-bit; in UCS-2 each UTF-16 unit
 * counts once, so an emoji (two units) counts twice. */
export function smsLength(text: string, encoding: SmsEncoding = smsEncoding(text)): number {
	if (encoding === 'ucs2') return text.length;
	let length = 0;
	for (const char of text) length += gsmExtension.has(char) ? 2 : 1;
	return length;
}

/** How many messages the text takes: one when it fits, else as many parts as it needs. */
export function smsParts(text: string): number {
	const encoding = smsEncoding(text);
	const length = smsLength(text, encoding);
	const { single, part } = smsLimits[encoding];
	return length <= single ? 1 : Math.ceil(length / part);
}

/** Everything the page shows about a text: its encoding, its length, the limit of one message, whether it fits. */
export function smsMeasure(text: string) {
	const encoding = smsEncoding(text);
	const length = smsLength(text, encoding);
	const limit = smsLimits[encoding].single;
	return { encoding, length, limit, fits: length <= limit, parts: smsParts(text) };
}

/** Whether the text fits one message. */
export const fitsOneSms = (text: string) => smsMeasure(text).fits;

/** The characters of a text that force UCS-2, each once, in order: what to rewrite to stay in GSM 7-bit. */
export const ucs2Characters = (text: string) =>
	[...new Set(text)].filter((char) => !gsmBasic.has(char) && !gsmExtension.has(char));
