/** Words that announce a person's name: 'по словам Нонгсака', 'по мнению Кабулова', 'со слов Тхиена'. */
import { joined, lower, type Context } from './context';

const CUES = new Map<string, Set<string>>([
  ['словам', new Set(['по'])],
  ['мнению', new Set(['по'])],
  ['слов', new Set(['со'])],
]);

/** The word at i follows 'по словам' or a like phrase (an organization's name never does: 'по данным'). */
export function afterSpeechCue(ctx: Context, i: number): boolean {
  if (i < 2 || !joined(ctx, i - 1) || !joined(ctx, i - 2)) return false;
  return CUES.get(lower(ctx, i - 1))?.has(lower(ctx, i - 2)) ?? false;
}
