/**
 * The shape each request's parameters must have before a feature sees them: a short problem
 * description, or null when they are usable. Only what the features read is checked.
 */

/** The fields a request needs. */
export type ParamField = 'textDocument' | 'position' | 'range' | 'query' | 'command' | 'newName';
export type ParamShape = readonly ParamField[];

const CHECKS: Record<ParamField, (value: unknown) => boolean> = {
  textDocument: (v) => isObject(v) && typeof v.uri === 'string',
  position: isPosition,
  range: (v) => isObject(v) && isPosition(v.start) && isPosition(v.end),
  query: (v) => typeof v === 'string',
  command: (v) => typeof v === 'string',
  newName: (v) => typeof v === 'string',
};

export function paramProblem(params: unknown, shape: ParamShape): string | null {
  if (!isObject(params)) return 'the parameters are not an object';
  for (const field of shape) {
    if (!CHECKS[field](params[field])) return `'${field}' is missing or malformed`;
  }
  return null;
}

function isPosition(v: unknown): boolean {
  return isObject(v) && isCount(v.line) && isCount(v.character);
}

function isCount(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
