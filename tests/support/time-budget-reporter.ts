/**
 * Prints how long the run took against the whole suite's budget (docs/performance.md, "The test suite"),
 * so a suite that grows slower is seen on the day it does. It never fails a run: timing is measured, not
 * tested.
 */
import type { Reporter } from 'vitest/node';

/** `npm test` on the project's 2-core machine, in seconds. */
export const SUITE_BUDGET_SECONDS = 270;

export default class TimeBudgetReporter implements Reporter {
  private started = Date.now();

  onInit() {
    this.started = Date.now();
  }

  onTestRunEnd() {
    const seconds = Math.round((Date.now() - this.started) / 1000);
    const over = seconds > SUITE_BUDGET_SECONDS ? '，超出了预算 / over budget' : '';
    console.log(
      `\n测试用时 ${seconds} 秒，整套测试的预算是 ${SUITE_BUDGET_SECONDS} 秒（docs/performance.md）${over}` +
        `\nThis run took ${seconds} s; the whole suite's budget is ${SUITE_BUDGET_SECONDS} s.`,
    );
  }
}
