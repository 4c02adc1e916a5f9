/** Shared helpers for the engine tests: one engine for all, and lookups of mentions by text. */
import { createEngine, type Engine } from '../../server/src/core/analyze';
import type { Mention } from '../../server/src/core/types';

let engine: Promise<Engine> | null = null;

export function getEngine(): Promise<Engine> {
  engine ??= createEngine();
  return engine;
}

export async function mentionsOf(text: string): Promise<Mention[]> {
  return (await getEngine()).analyze(text).mentions;
}

/** The mention whose text is exactly `written` (the first one), or undefined. */
export function find(mentions: Mention[], written: string): Mention | undefined {
  return mentions.find((m) => m.text === written);
}

/** 'TYPE:text' for every non-date mention, in order. */
export function summary(mentions: Mention[]): string[] {
  return mentions.filter((m) => m.type !== 'DATE').map((m) => `${m.type}:${m.text}`);
}
