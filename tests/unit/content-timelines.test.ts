import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { formatProblem } from '../../src/lib/content/problems';

const root = 'tests/fixtures/content/bad-timelines';
const file = (name: string) => `${root}/timelines/${name}.yaml`;

// One fixture per kind of mistake; each must stop the build naming file, line, milestone and field.
describe('timeline validation', () => {
  const { problems } = loadContent(root);
  const errors = problems.filter((p) => p.severity === 'error');

  it.each([
    ['missing-source', 11, 'milestones[0](first).sources', /needs at least one source id/],
    ['unknown-source', 11, 'milestones[0](first).sources[1]', /unknown source id "no-such-source"/],
    ['duplicate-id', 20, 'milestones[2](same-id).id', /duplicate milestone id "same-id"/],
    ['progress-out-of-range', 15, 'milestones[1](too-much).progress.value', /must be between 0 and 100; found 120/],
    ['unreal-date', 13, 'milestones[1](no-such-day).date', /must be a real date.*found "2023-02-29"/],
    ['missing-translation', 8, 'milestones[0](first).title.en', /is missing its English \(en\) text/],
  ])('%s.yaml:%i %s', (name, line, field, message) => {
    const problem = errors.find((p) => p.file === file(name));
    expect(problem, errors.map(formatProblem).join('\n')).toMatchObject({ line, field });
    expect(problem!.message).toMatch(message);
  });

  it('reports exactly one problem per fixture', () => {
    expect(errors.map((p) => p.file).sort()).toEqual(
      [
        'duplicate-id',
        'missing-source',
        'missing-translation',
        'progress-out-of-range',
        'unknown-source',
        'unreal-date',
      ].map(file),
    );
  });
});
