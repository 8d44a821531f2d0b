import { coveringSuite } from '../support/covering-suite.js';

coveringSuite(['most-products', 'diagnosed-controlled', 'diagnosed-flaring']);
