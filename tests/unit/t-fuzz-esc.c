/*
 * t-fuzz-esc: replays the regression and seed inputs of fuzz-esc through
 * the harness, built with the normal compiler and no libFuzzer.
 */
#define FUZZ_NAME "esc"
#include "../fuzz/fuzz-esc.c"
#include "../fuzz/replay.c"
