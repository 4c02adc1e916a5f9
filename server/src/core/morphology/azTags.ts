/**
 * az asks a tag whether it is productive and whether it marks a capitalised name for every candidate
 * parse of a guessed word (dozens per unknown word), each time testing a dozen grammemes, and spells
 * tags out (joining their grammemes) to look up parse frequencies. Its tags are frozen and few, so the
 * answers are kept per tag: the same answers, computed once.
 */
const METHODS = ['isProductive', 'isCapitalized', 'toString'] as const;
const patched = new WeakSet<object>();

type TagMethod = (this: object) => unknown;

export function memoizeTagMethods(sampleTag: unknown): void {
  const proto: unknown = sampleTag !== null && typeof sampleTag === 'object' ? Object.getPrototypeOf(sampleTag) : null;
  if (proto === null || typeof proto !== 'object' || patched.has(proto)) return;
  patched.add(proto);
  const methods = proto as Record<string, unknown>;
  for (const name of METHODS) {
    const original = methods[name];
    if (typeof original === 'function') methods[name] = memoized(original as TagMethod);
  }
}

function memoized(original: TagMethod): TagMethod {
  const answers = new WeakMap<object, unknown>();
  return function (this: object): unknown {
    // Only a frozen tag cannot change its answer later.
    if (!Object.isFrozen(this)) return original.call(this);
    if (answers.has(this)) return answers.get(this);
    const answer = original.call(this);
    answers.set(this, answer);
    return answer;
  };
}
