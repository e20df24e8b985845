/** Worker thread of extractInWorkers: extracts the facts of each article it is sent. */
import { extractFacts } from '../extract/extract.js';
import { serveBatches } from './batch-protocol.js';

serveBatches(extractFacts);
