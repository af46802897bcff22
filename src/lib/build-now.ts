/**
 * The build's idea of "now": which campaign is running, which events are upcoming, which scheduled
 * entries are out. It is one input of the build, so two builds with the same SOURCE_DATE_EPOCH
 * (the reproducible-builds convention, seconds since 1970) give the same pages.
 */
export function buildNow(env: Record<string, string | undefined> = process.env, clock: () => number = Date.now): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) {
      throw new Error(`环境变量 SOURCE_DATE_EPOCH 应为整数秒（例如 1772500000），现在是“${epoch}”。`);
    }
    return new Date(Number(epoch) * 1000);
  }
  return new Date(clock());
}
