/**
 * Runs async tasks one at a time, in the order they were given; a task that fails does not stop
 * the ones after it. For read-modify-write of browser state that events may trigger at once. Only
 * an order of calls lives here, no state: a stopped worker simply starts a new queue.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task);
    tail = run.catch(() => {});
    return run;
  };
}
