import { MOCKING_FILES, webProject } from './vitest.shared.ts';

export default webProject({
  name: 'web (mocks)',
  include: MOCKING_FILES,
  exclude: [],
  isolate: true,
});
