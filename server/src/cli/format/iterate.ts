/** Lazy steps over iterables, so outputs take their items one at a time. */

/** The items mapped one by one, as they are taken. */
export function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** The items of each list in turn. */
export function* flatten<T>(lists: Iterable<readonly T[]>): Generator<T> {
  for (const list of lists) yield* list;
}
