/**
 * The public face of the trajectory module: what other modules may import (their entities come from
 * trajectory.entity.ts). No other module needs its parts yet: add here
 * what one needs rather than reaching into the files.
 */
export {};
