import didYouMean, { ThresholdTypeEnums } from 'didyoumean2';

/** The known name closest to a misspelt one, if any is close enough to be what was meant. */
export function closest(input: string, known: Iterable<string>): string | undefined {
	return didYouMean(input, [...known], { threshold: 0.4, thresholdType: ThresholdTypeEnums.SIMILARITY }) ?? undefined;
}

/** `; did you mean "casualties"?`, or nothing when no known name is close. */
export function didYouMeanText(input: string, known: Iterable<string>): string {
	const match = closest(input, known);
	return match ? `; did you mean "${match}"?` : '';
}
