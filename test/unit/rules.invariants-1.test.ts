import { coveringSuite } from '../support/covering-suite.js';

coveringSuite(['rarely', 'sometimes', 'often']);
