export { IcraConfig } from './config.js';

import './define.js';
