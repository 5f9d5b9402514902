/** Every time decision takes a clock, so tests can pin "now" without fake timers. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
