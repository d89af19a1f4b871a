import { setClock, systemClock } from '../src/modules/calendar/clock.js';

// Runs before each test file. Files share their loaded modules (`isolate: false`), so a clock one
// file set would otherwise still be set in the next: every file starts on the real date.
setClock(systemClock);
