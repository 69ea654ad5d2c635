import { getMetadataStorage } from 'class-validator';

type Lookup = (target: Function, schema: string, always: boolean, strict: boolean, groups?: string[]) => unknown[];

let installed = false;

/**
 * class-validator finds a class's rules on every validation by walking the rules of every validated class of the app
 * (an `instanceof` per class, for inherited ones): on a scan route that was a few percent of the api's CPU. The rules
 * of a class never change once its module has loaded, so each lookup is kept, and all of them are forgotten whenever
 * a rule is added (a class loaded later).
 */
export function cacheValidationMetadata(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage() as unknown as {
    getTargetValidationMetadatas: Lookup;
    addValidationMetadata: (...args: unknown[]) => void;
    addConstraintMetadata: (...args: unknown[]) => void;
  };
  let kept = new WeakMap<Function, Map<string, unknown[]>>();
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  storage.getTargetValidationMetadatas = (target, schema, always, strict, groups) => {
    const key = `${schema}\u0000${always}\u0000${strict}\u0000${(groups ?? []).join('\u0001')}`;
    let ofTarget = kept.get(target);
    if (!ofTarget) kept.set(target, (ofTarget = new Map<string, unknown[]>()));
    let found = ofTarget.get(key);
    if (!found) ofTarget.set(key, (found = lookup(target, schema, always, strict, groups)));
    return found;
  };
  for (const name of ['addValidationMetadata', 'addConstraintMetadata'] as const) {
    const add = storage[name].bind(storage);
    storage[name] = (...args: unknown[]) => {
      kept = new WeakMap();
      add(...args);
    };
  }
}
