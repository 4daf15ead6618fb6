/*
 * tap.h: the few TAP helpers the unit tests need, so that prove runs them
 * beside the shell tests.
 */
#ifndef CC_TAP_H
#define CC_TAP_H

#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

/* Evaluates cond once: it may have side effects. */
#define ok(cond, ...) do {						\
	int ok_ = (cond) != 0;						\
	tap_n++;							\
	if (!ok_)							\
		tap_failed++;						\
	printf("%sok %d - ", ok_ ? "" : "not ", tap_n);			\
	printf(__VA_ARGS__);						\
	printf("\n");							\
	if (!ok_)							\
		printf("#   failed at %s:%d\n", __FILE__, __LINE__);	\
} while (0)

/* Compares n bytes at got with the C string want. */
#define is_mem(got, n, want, ...) do {					\
	size_t is_n_ = (n);						\
	int is_ok_ = is_n_ == strlen(want) &&				\
	    memcmp((got), (want), is_n_) == 0;				\
	ok(is_ok_, __VA_ARGS__);					\
	if (!is_ok_)							\
		printf("#   got  \"%.*s\"\n#   want \"%s\"\n",		\
		    (int)is_n_, (const char *)(got), (want));		\
} while (0)

static inline int
tap_done(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed != 0;
}

#endif
