import type { Widen } from '../ui/types';
import type { id } from './id';

/** The shape of the message catalogue: every locale provides exactly these messages. */
export type Messages = Widen<typeof id>;
