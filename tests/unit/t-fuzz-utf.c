/*
 * t-fuzz-utf: replays the regression and seed inputs of fuzz-utf through
 * the harness, built with the normal compiler and no libFuzzer.
 */
#define FUZZ_NAME "utf"
#include "../fuzz/fuzz-utf.c"
#include "../fuzz/replay.c"
