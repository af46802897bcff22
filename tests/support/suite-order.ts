/**
 * The order test files start in. Vitest's own order runs one project after another (site, then tools,
 * then unit), so the browser and build tests of `site`, which spend much of their time waiting (on
 * Chromium, on the network going quiet, on a build another test holds), ran side by side, and the CPU
 * work of `tools` (astro check, ESLint, the content-error corpus) came after them alone. Here the
 * projects take turns, so each fills the other's waits. Within a project Vitest's order stands: the
 * slowest first when an earlier run is cached, else the largest file first.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export default class ProjectsTakeTurns extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const queues = new Map<string, TestSpecification[]>();
    for (const file of await super.sort(files)) {
      const queue = queues.get(file.project.name) ?? [];
      queue.push(file);
      queues.set(file.project.name, queue);
    }
    const turns: TestSpecification[] = [];
    while (turns.length < files.length) {
      for (const queue of queues.values()) if (queue.length > 0) turns.push(queue.shift()!);
    }
    return turns;
  }
}
