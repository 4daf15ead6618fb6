/*
 * t-fuzz-io: replays the regression and seed inputs of fuzz-io through
 * the harness, built with the normal compiler and no libFuzzer.
 */
#define FUZZ_NAME "io"
#include "../fuzz/fuzz-io.c"
#include "../fuzz/replay.c"
