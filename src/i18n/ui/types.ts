import type { id } from './id';

/** The shape of the interface dictionary: every locale provides exactly these keys. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R
    : { [K in keyof T]: Widen<T[K]> };
export type UiStrings = Widen<typeof id>;
