import type { CheckedBriefs } from './content.ts';

/**
 * A build checks every brief once, in its content loader, before it builds any page; the loader
 * hands its result over here so the steps that follow (the share cards) need not check again. The
 * hand-over goes through globalThis: the loader and the integrations are separate module instances
 * (Vite loads one, Node the other). This module imports no checker, so taking a hand-over loads none.
 */

const handoff = Symbol.for('incident-briefs.checked-briefs');
type HandoffSlot = { [handoff]?: { dir: string; checked: CheckedBriefs } };

export function handOverCheckedBriefs(dir: string, checked: CheckedBriefs): void {
	(globalThis as HandoffSlot)[handoff] = { dir, checked };
}

/** The briefs of `dir` as the loader checked them in this process, if it did; each hand-over is taken once. */
export function takeCheckedBriefs(dir: string): CheckedBriefs | undefined {
	const slot = globalThis as HandoffSlot;
	const handed = slot[handoff];
	delete slot[handoff];
	return handed?.dir === dir ? handed.checked : undefined;
}
