/*
 * fuzz.h: shared by the libFuzzer harnesses. Each harness defines
 * LLVMFuzzerTestOneInput around one lib entry point and checks a property
 * with FUZZ_ASSERT, which aborts so that libFuzzer (or the replay driver
 * the unit tests build) reports the input.
 */
#ifndef CC_FUZZ_H
#define CC_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define FUZZ_ASSERT(c) do {						\
	if (!(c)) {							\
		fprintf(stderr, "%s:%d: property failed: %s\n",		\
		    __FILE__, __LINE__, #c);				\
		abort();						\
	}								\
} while (0)

#endif
