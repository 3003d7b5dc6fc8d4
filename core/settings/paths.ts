/** Read a value at a dotted path ("derive.turnoverBands.0"). */
export function getPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Write a value at a dotted path whose parents exist; `undefined` removes the key. */
export function setPath(root: unknown, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop() ?? '';
  const parent = parts.length === 0 ? root : getPath(root, parts.join('.'));
  if (parent === null || typeof parent !== 'object') return;
  const target = parent as Record<string, unknown>;
  if (value === undefined) delete target[last];
  else target[last] = value;
}
