/**
 * Two clocks at once. A call has to reach the recipient in their working day
 * (`HOURS.workdayStart` to `HOURS.eveningStart` on their clock) while the user
 * is awake (`OPEN_TIMINGS.yourWakingHours` on theirs). When the two never
 * overlap, the call goes at the workable moment nearest the user's waking
 * hours, and the step says so. A message can be scheduled to send, so it keeps
 * its moment; if that is the user's night, the step suggests scheduling it.
 */
import { HOURS, OPEN_TIMINGS } from '../guidance.ts';
import { nextBusinessDay } from '../time/business-days.ts';
import { formatClock, zoneCity } from '../time/format.ts';
import { dayStart, DAY, HOUR, hourOf, instantOf, localOf } from '../time/wall-clock.ts';
import type { Schedule } from './schedule.ts';

const [WAKE, SLEEP] = OPEN_TIMINGS.yourWakingHours;
/** A call needs this long before their working day ends. */
const CALL_LENGTH = HOUR / 2;

/** The parts of [from, to) when the user is awake, as instants. */
function awakeWithin(from: number, to: number, zone: string): [number, number] | null {
  const first = dayStart(localOf(from, zone));
  for (let day = first - DAY; day <= first + DAY; day += DAY) {
    const start = Math.max(from, instantOf(day + WAKE * HOUR, zone));
    const end = Math.min(to, instantOf(day + SLEEP * HOUR, zone));
    if (start < end) return [start, end];
  }
  return null;
}

const two = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** How far (in hours) an instant is from the user's waking hours; 0 inside them. */
function hoursFromWaking(instant: number, zone: string): number {
  const hour = hourOf(localOf(instant, zone));
  if (hour >= WAKE && hour < SLEEP) return 0;
  return hour < WAKE ? Math.min(WAKE - hour, hour + 24 - SLEEP) : Math.min(hour - SLEEP, WAKE + 24 - hour);
}

/**
 * The moment for a call no earlier than `at`: inside their working day and
 * the user's waking hours, on their next business day if today's overlap has
 * passed. Same zone: unchanged (their working day sits inside waking hours).
 */
export function fitCall(at: number, schedule: Schedule): { at: number; note: string | null } {
  const { zone, theirZone, open } = schedule;
  if (zone === theirZone) return { at, note: null };
  let day = dayStart(localOf(at, theirZone));
  for (let tries = 0; tries < 14; tries++) {
    if (open(day)) {
      const opens = instantOf(day + HOURS.workdayStart * HOUR, theirZone);
      const closes = instantOf(day + HOURS.eveningStart * HOUR, theirZone) - CALL_LENGTH;
      const overlap = awakeWithin(opens, closes, zone);
      if (overlap) {
        // The overlap ends as the user's night starts: a call must begin before it does.
        const start = Math.max(overlap[0], at);
        if (start === at && start < overlap[1]) return { at, note: null };
        if (start < overlap[1]) return { at: start, note: shiftedNote(start, schedule) };
      } else {
        const slot = hoursFromWaking(opens, zone) <= hoursFromWaking(closes, zone) ? opens : closes;
        if (slot >= at) return { at: slot, note: noOverlapNote(slot, schedule) };
      }
    }
    day = dayStart(nextBusinessDay(day, 0, open));
  }
  return { at, note: null };
}

function shiftedNote(at: number, { zone, theirZone }: Schedule): string {
  return `Timed for ${formatClock(at, zone)} your time (${formatClock(at, theirZone)} in ${zoneCity(theirZone)}): the first moment inside both their working day and your waking hours.`;
}

function noOverlapNote(at: number, { zone, theirZone }: Schedule): string {
  return (
    `No time suits you both: their working day (${two(HOURS.workdayStart)}–${two(HOURS.eveningStart)} in ${zoneCity(theirZone)}) ` +
    `falls outside your waking hours (${two(WAKE)}–${two(SLEEP)}). The nearest is ${formatClock(at, theirZone)} for them, ` +
    `${formatClock(at, zone)} for you; or send an email instead.`
  );
}

/** For a message due in the user's night: a nudge to write it earlier and schedule it. */
export function nightNote(at: number, schedule: Schedule): string | null {
  if (schedule.zone === schedule.theirZone || hoursFromWaking(at, schedule.zone) === 0) return null;
  return `That is ${formatClock(at, schedule.zone)} for you: write it earlier and schedule it to send at ${formatClock(at, schedule.theirZone)} their time.`;
}
