import { describe, expect, test } from 'vitest';
import { createSerialQueue } from '@/lib/serial-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSerialQueue', () => {
  test('a task starts only when the one before it has finished, in the order given', async () => {
    const serially = createSerialQueue();
    const log: string[] = [];
    const task = (name: string, steps: number) => async () => {
      log.push(`${name} starts`);
      for (let i = 0; i < steps; i++) await tick();
      log.push(`${name} ends`);
      return name;
    };
    const results = await Promise.all([serially(task('slow', 3)), serially(task('quick', 0))]);
    expect(results).toEqual(['slow', 'quick']);
    expect(log).toEqual(['slow starts', 'slow ends', 'quick starts', 'quick ends']);
  });

  test('a failed task rejects for its caller only; the next one still runs', async () => {
    const serially = createSerialQueue();
    const failed = serially(async () => {
      throw new Error('duplicate script id');
    });
    const next = serially(async () => 'ran');
    await expect(failed).rejects.toThrow('duplicate script id');
    await expect(next).resolves.toBe('ran');
  });
});
