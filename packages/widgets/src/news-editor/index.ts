export { IcraNewsEditor } from './news-editor.js';
export type * from './types.js';

import './define.js';
