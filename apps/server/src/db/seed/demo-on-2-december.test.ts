import { describeDemoOn } from '../../../test/demo-day-checks.js';

// On 2 December three quarters are done.
describeDemoOn('2026-12-02');
