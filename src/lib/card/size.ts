/** Every card's size in pixels: the size social networks show large (og:image:width and height). */
export const cardSize = { width: 1200, height: 630 } as const;
