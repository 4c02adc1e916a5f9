/**
 * A worker that starts after the scan (AnalysisPool.renew) waits for edits with its engine loaded but its
 * code not yet compiled by the JIT: its first analysis took ~200 ms against ~20 ms later. It analyses this
 * short invented article a few times first, off the main thread, so the first edit is answered as fast as
 * the next ones. The text is generic news prose (no corpus article); analysing it changes no result.
 */
import type { Engine } from '../../core/analyze';

const WARM_UP_TEXT = `Итоги недели: новые соглашения и старые споры

МОСКВА, 14 апреля 2025 г. /Корр./.

Министр экономического развития России встретился в понедельник с делегацией Всемирного банка. По словам министра, стороны обсудили кредиты регионам Сибири и Дальнего Востока. Губернатор Новосибирской области Андрей Петров заявил, что первые проекты начнутся в мае.

Как сообщила пресс-служба ПАО «Северная энергия», компания увеличила выручку на 12% по сравнению с прошлым годом. Генеральный директор компании Ольга Смирнова отметила рост спроса в Казани и Екатеринбурге.

В Париже 20 марта прошла встреча министров иностранных дел Франции и Германии. Федеральный канцлер ФРГ поддержал инициативу, а представитель ООН призвал к переговорам. Суд Москвы 3 апреля отклонил иск Смирновой к администрации города.
`;

/** Analyses passes: three bring the first real analysis from ~200 to ~50 ms on a loaded 2-core machine. */
const PASSES = 3;

export function warmUp(engine: Engine): void {
  for (let i = 0; i < PASSES; i++) engine.analyze(WARM_UP_TEXT);
}
