export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Monday first, as most working weeks are written. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
