/**
 * The dataset's times: Kyiv wall-clock time written `YYYY-MM-DD HH:MM`, `YYYY-MM-DD H:MM`, with a
 * trailing space now and then, or a date alone (the whole day). Instants are kept in milliseconds.
 */

import { dateText } from '../i18n/format.ts';

const minute = 60_000;
const kyivZone = 'Europe/Kyiv';

export interface Moment {
	/** The instant, ms since the epoch; for a date alone, the day's first minute (a start) or last minute (an end). */
	at: number;
	/** The cell gave a date and no time. */
	dateOnly: boolean;
}

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: kyivZone, timeZoneName: 'longOffset' });

/** Kyiv's offset from UTC at an instant, in minutes (120 in winter, 180 in summer). */
function kyivOffset(at: number): number {
	const name = offsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
	const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
	return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The instant of a Kyiv wall-clock time; in the spring-forward gap, the later reading. */
function fromKyiv(year: number, month: number, day: number, hour: number, min: number): number {
	const wall = Date.UTC(year, month - 1, day, hour, min);
	for (const offset of [180, 120]) {
		if (kyivOffset(wall - offset * minute) === offset) return wall - offset * minute;
	}
	return wall - 120 * minute;
}

const cellPattern = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/;

/** Parses a time cell as the start or end of a window; undefined when it is not a time the dataset writes. */
export function parseMoment(cell: string, role: 'start' | 'end'): Moment | undefined {
	const m = cellPattern.exec(cell.trim());
	if (!m) return undefined;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const check = new Date(Date.UTC(year, month - 1, day));
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
	if (m[4] === undefined) {
		const at = role === 'start' ? fromKyiv(year, month, day, 0, 0) : fromKyiv(year, month, day, 23, 59);
		return { at, dateOnly: true };
	}
	const [hour, min] = [Number(m[4]), Number(m[5])];
	if (hour > 23 || min > 59) return undefined;
	return { at: fromKyiv(year, month, day, hour, min), dateOnly: false };
}

function wall(at: number): { day: string; clock: string; offset: number } {
	const offset = kyivOffset(at);
	const iso = new Date(at + offset * minute).toISOString();
	return { day: iso.slice(0, 10), clock: iso.slice(11, 16), offset };
}

/** The Kyiv date of an instant, YYYY-MM-DD. */
export function kyivDay(at: number): string {
	return wall(at).day;
}

/** "2025-09-06T17:00+03:00": the instant in Kyiv time with its offset, as briefs write times. */
export function kyivDateTime(at: number): string {
	const { day, clock, offset } = wall(at);
	const sign = offset < 0 ? '-' : '+';
	const abs = Math.abs(offset);
	const hh = String(Math.floor(abs / 60)).padStart(2, '0');
	const mm = String(abs % 60).padStart(2, '0');
	return `${day}T${clock}${sign}${hh}:${mm}`;
}

/** "18:00" in Kyiv time. */
function kyivClock(at: number): string {
	return wall(at).clock;
}

export interface Window {
	start: Moment;
	end: Moment;
}

/** Windows touch when one starts no later than a minute after the other ends. */
export function touches(a: Window, b: Window): boolean {
	return a.start.at <= b.end.at + minute && b.start.at <= a.end.at + minute;
}

/** The smallest window holding both. */
export function span(a: Window, b: Window): Window {
	return {
		start: a.start.at <= b.start.at ? a.start : b.start,
		end: a.end.at >= b.end.at ? a.end : b.end,
	};
}

/** "on 30 June 2024", "from 6 September 2025, 18:00 to 7 September 2025, 09:30 Kyiv time". */
export function windowText({ start, end }: Window): string {
	const [startDay, endDay] = [kyivDay(start.at), kyivDay(end.at)];
	const wholeDays = start.dateOnly && end.dateOnly;
	if (wholeDays) return startDay === endDay ? `on ${dateText(startDay)}` : `from ${dateText(startDay)} to ${dateText(endDay)}`;
	const at = (m: Moment, day: string) => (m.dateOnly ? dateText(day) : `${dateText(day)}, ${kyivClock(m.at)}`);
	if (startDay === endDay && start.dateOnly) return `on ${dateText(startDay)} until ${kyivClock(end.at)} Kyiv time`;
	if (startDay === endDay && end.dateOnly) return `on ${dateText(startDay)} from ${kyivClock(start.at)} Kyiv time`;
	if (startDay === endDay) {
		return start.at === end.at
			? `on ${dateText(startDay)} at ${kyivClock(start.at)} Kyiv time`
			: `on ${dateText(startDay)} from ${kyivClock(start.at)} to ${kyivClock(end.at)} Kyiv time`;
	}
	return `from ${at(start, startDay)} to ${at(end, endDay)} Kyiv time`;
}
