import { describeDemoOn } from '../../../test/demo-day-checks.js';

// On 1 January nothing of the new year is recorded yet.
describeDemoOn('2027-01-01');
