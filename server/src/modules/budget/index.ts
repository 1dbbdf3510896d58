/**
 * The public face of the budget module: what other modules may import (their entities come from
 * budget.entity.ts). No other module needs its parts yet: add here
 * what one needs rather than reaching into the files.
 */
export {};
