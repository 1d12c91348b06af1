export { IcraCabinet } from './cabinet.js';

import './define.js';
