import type { id } from './id';

/** A dictionary's shape from its first locale's text: every string is any string, functions keep their signature. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R
    : { [K in keyof T]: Widen<T[K]> };
/** The shape of the interface dictionary: every locale provides exactly these keys. */
export type UiStrings = Widen<typeof id>;
