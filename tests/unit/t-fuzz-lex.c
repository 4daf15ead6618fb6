/*
 * t-fuzz-lex: replays the regression and seed inputs of fuzz-lex through
 * the harness, built with the normal compiler and no libFuzzer.
 */
#define FUZZ_NAME "lex"
#include "../fuzz/fuzz-lex.c"
#include "../fuzz/replay.c"
