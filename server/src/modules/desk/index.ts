/**
 * The public face of the desk module: what other modules may import (their entities come from
 * desk.entity.ts and return-file.entity.ts). No other module needs its parts yet: add here
 * what one needs rather than reaching into the files.
 */
export {};
