/**
 * The public face of the report module: what other modules may import (their entities come from
 * report.entity.ts). No other module needs its parts yet: add here
 * what one needs rather than reaching into the files.
 */
export {};
