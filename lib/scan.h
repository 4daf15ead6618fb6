/*
 * scan: one fast pass over a record line for the programs whose speed is
 * the scan itself (ccfilter, ccstat). It accepts exactly the lines
 * rec_parse accepts, keeps only the fields a program reads, and looks for
 * whole "key=value" fields on the way; on a bad line it calls rec_parse
 * for the message, so diagnostics read the same in every tool.
 */
#ifndef CC_SCAN_H
#define CC_SCAN_H

#include <stddef.h>

#include "rec.h"

#define SCAN_MAXFIELDS	8
#define SCAN_MAXKEYS	32

/* A whole field to look for: raw bytes "key=value". */
struct scan_field {
	const char	*p;
	size_t		 len;
};

/*
 * The keys a program reads: the fields of other keys are validated but
 * not kept, so a record of twenty fields costs one array entry per
 * wanted field. Zeroed, the set is empty and keeps no field.
 */
struct scan_keys {
	size_t		 n;
	const char	*key[SCAN_MAXKEYS];
	size_t		 klen[SCAN_MAXKEYS];
	unsigned char	 first[256];	/* some wanted key begins with c */
};

/* Adds key to k (at most SCAN_MAXKEYS). Returns 0 or -1. */
int	scan_want(struct scan_keys *, const char *key);

/*
 * Parses and validates line as rec_parse does, keeping in r only the
 * fields whose keys are in keep (every field when keep is NULL), and
 * looks for the nf (at most SCAN_MAXFIELDS) whole fields f. Returns 1
 * when the line is a record with every field of f (always, for nf 0), 0
 * when it is one without them all, and -1 when it is not a record or
 * memory ran out: then, when e is not NULL, rec_parse has set *e (and r)
 * saying why.
 */
int	scan_parse(struct rec *, const char *line, size_t len,
	    const struct scan_keys *keep, const struct scan_field *f,
	    size_t nf, struct rec_err *e);

/* As recin_next, parsing with scan_parse and keeping the keys of keep. */
int	scan_next(struct recin *, const struct scan_keys *keep,
	    struct rec **);

#endif
