import { describeDemoOn } from '../../../test/demo-day-checks.js';

// On 31 March the first quarter is still running.
describeDemoOn('2026-03-31');
