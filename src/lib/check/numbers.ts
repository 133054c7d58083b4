import type { YamlNumber } from './frontmatter.ts';
import type { Finding } from './problem.ts';

/**
 * YAML reads 0x0F as 15, 0o17 and +15 too, 1e3 as 1000 and -0 as a negative zero, and a number past
 * 2^53 loses digits. A brief's numbers are written as plain decimals, so each is what it looks like.
 */

const plainDecimal = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

function numberMessage(text: string): string | undefined {
	const value = Number(text.replace(/_/g, ''));
	if (!plainDecimal.test(text)) {
		const reading = Number.isFinite(value) && String(value) !== text ? `; YAML reads it as ${value}` : '';
		return `${text} is not a plain decimal number${reading}: write numbers as digits only, such as 15 or 50.45`;
	}
	if (/^-0(?:\.0+)?$/.test(text)) return `${text} is a negative zero; write 0`;
	if (/^-?\d+$/.test(text) && !Number.isSafeInteger(value)) {
		return `${text} is too large to be kept exactly; numbers must be at most ${Number.MAX_SAFE_INTEGER.toLocaleString('en-GB')}`;
	}
	return undefined;
}

export function numberFindings(numbers: readonly YamlNumber[]): Finding[] {
	return numbers.flatMap(({ path, text }) => {
		const message = numberMessage(text);
		return message ? [{ path, message }] : [];
	});
}
