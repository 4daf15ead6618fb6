/*
 * t-fuzz-split: replays the regression and seed inputs of fuzz-split through
 * the harness, built with the normal compiler and no libFuzzer.
 */
#define FUZZ_NAME "split"
#include "../fuzz/fuzz-split.c"
#include "../fuzz/replay.c"
