import { MOCKING_FILES, webProject } from './vitest.shared.ts';

// Each worker keeps antd, Apollo and the app's modules from file to file: loading them again for
// every file took most of the project's time (2 min 10 s against 42 s alone, 3 December). Files
// share modules only: each renders its own app on its own fake server (its language read from
// storage), and the setup file clears the DOM and storage after every test.
export default webProject({
  name: 'web',
  include: ['src/**/*.test.{ts,tsx}'],
  exclude: MOCKING_FILES,
  isolate: false,
});
