/*
 * t-fuzz-expr: replays the regression and seed inputs of fuzz-expr through
 * the harness, built with the normal compiler and no libFuzzer.
 */
#define FUZZ_NAME "expr"
#include "../fuzz/fuzz-expr.c"
#include "../fuzz/replay.c"
