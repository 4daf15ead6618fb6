/*
 * recscan: a one-pass reader of records for programs whose speed is the
 * scan itself (ccstat). It accepts exactly the lines rec_parse accepts
 * and gives the same fields; on a bad line it calls rec_parse for the
 * message, so diagnostics read the same in every tool.
 */
#ifndef CC_RECSCAN_H
#define CC_RECSCAN_H

#include <stddef.h>

#include "rec.h"

#define RECSCAN_MAXKEYS	32

/*
 * The keys a program reads: the others are validated but not kept, so a
 * record of twenty fields costs one array entry per wanted field.
 */
struct recscan_keys {
	size_t		 n;
	const char	*key[RECSCAN_MAXKEYS];
	size_t		 klen[RECSCAN_MAXKEYS];
	unsigned char	 first[256];	/* some wanted key begins with c */
};

/* Adds key to k (at most RECSCAN_MAXKEYS). Returns 0 or -1. */
int	recscan_want(struct recscan_keys *, const char *key);

/*
 * Parses and validates line as rec_parse does, keeping in r only the
 * fields whose keys are in want (every field when want is NULL).
 * Returns 0, or -1 with *e saying what is wrong.
 */
int	recscan_parse(struct rec *, const char *line, size_t len,
	    const struct recscan_keys *want, struct rec_err *);

/* As recin_next, parsing with recscan_parse. */
int	recscan_next(struct recin *, const struct recscan_keys *want,
	    struct rec **);

#endif
