/**
 * `npm run bench`: median time per call and throughput of the public
 * functions on seeded, generated data, each beside its floor.
 */
import { Bench } from 'tinybench';
import { addCalendarMonths, calendarDaysBetween } from '../src';

const bench = new Bench({ time: 300, warmup: true });
bench
  .add('addCalendarMonths', () => {
    addCalendarMonths('2026-01-31', 13);
  })
  .add('calendarDaysBetween', () => {
    calendarDaysBetween('2026-01-31', '2028-02-29');
  });
await bench.run();
console.table(
  bench.tasks.map((t) => {
    const r = t.result as { latency?: { p50?: number }; throughput?: { p50?: number } } | undefined;
    return { task: t.name, 'median µs': ((r?.latency?.p50 ?? NaN) * 1000).toFixed(2), 'ops/s': Math.round(r?.throughput?.p50 ?? NaN) };
  }),
);
