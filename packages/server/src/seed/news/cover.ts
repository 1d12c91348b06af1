/** The size of every demo cover image (media/news/). */
export const COVER_WIDTH = 1200;
export const COVER_HEIGHT = 675;
