import { createRequire } from 'node:module';

/** A dependency loaded when first needed, not when duizhao is imported. */
export interface OnFirstUse<T> {
  /** The module: required from the installed package on the first call. */
  get(): T;
  /** Sets the module where nothing can be required (the browser build imports it and hands it over). */
  use(module: T): void;
}

/**
 * Defers a dependency that only some inputs need (the encoding detector for text that is not UTF-8,
 * the HTML parser for saved pages, opencc for traditional characters), so that a command pays for
 * loading it only when its input asks for it.
 */
export function onFirstUse<T>(specifier: string): OnFirstUse<T> {
  let module: T | null = null;
  return {
    get: () => (module ??= createRequire(import.meta.url)(specifier) as T),
    use: (given) => void (module = given),
  };
}
