/*
 * t-fuzz-sent: replays the regression and seed inputs of fuzz-sent through
 * the harness, built with the normal compiler and no libFuzzer.
 */
#define FUZZ_NAME "sent"
#include "../fuzz/fuzz-sent.c"
#include "../fuzz/replay.c"
