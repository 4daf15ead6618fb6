/*
 * t-fuzz-rec: replays the regression and seed inputs of fuzz-rec through
 * the harness, built with the normal compiler and no libFuzzer.
 */
#define FUZZ_NAME "rec"
#include "../fuzz/fuzz-rec.c"
#include "../fuzz/replay.c"
