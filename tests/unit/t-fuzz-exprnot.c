/*
 * t-fuzz-exprnot: replays the regression and seed inputs of fuzz-exprnot through
 * the harness, built with the normal compiler and no libFuzzer.
 */
#define FUZZ_NAME "exprnot"
#include "../fuzz/fuzz-exprnot.c"
#include "../fuzz/replay.c"
