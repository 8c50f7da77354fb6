// Lengths of time in milliseconds, for the code that turns calendar dates into positions.
export const DAY = 86_400_000;
export const WEEK = 7 * DAY;
