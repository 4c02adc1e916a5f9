/**
 * Date values for people to read: a date written without a year ('--12-02', '--12', ranges of them)
 * as «2 December (year unknown)» / «2 декабря (год не указан)»; dates with a year stay ISO.
 */
import { t } from './index';

const YEARLESS = /^--(\d{2})(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?$/;

/** One point of a value: its readable form and whether its year is unknown. */
function point(value: string): { text: string; yearless: boolean } {
  const m = YEARLESS.exec(value);
  if (!m) return { text: value, yearless: false };
  const month = Number(m[1]);
  if (month < 1 || month > 12) return { text: value, yearless: false };
  const dates = t().dates;
  const day = m[2] === undefined ? undefined : Number(m[2]);
  const text = day === undefined ? dates.month(month) : dates.dayMonth(day, month);
  return { text: m[3] ? `${text}, ${m[3]}` : text, yearless: true };
}

/** The value as shown in text and Markdown output (JSON keeps the ISO value). */
export function displayDate(value: string): string {
  const points = value.split('/').map(point);
  const text = points.map((p) => p.text).join(' – ');
  return points.some((p) => p.yearless) ? t().dates.yearUnknown(text) : text;
}
