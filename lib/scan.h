/*
 * scan: a fast check of a record line, for filters that reject most
 * lines and would otherwise spend their time in rec_parse.
 */
#ifndef CC_SCAN_H
#define CC_SCAN_H

#include <stddef.h>

#include "rec.h"

#define SCAN_MAXFIELDS	8

/* A whole field to look for: raw bytes "key=value". */
struct scan_field {
	const char	*p;
	size_t		 len;
};

/*
 * Checks line as rec_parse would and looks for the nf (at most
 * SCAN_MAXFIELDS) fields f, each an exact whole field. When r is not
 * NULL, it is set up as rec_parse would (fields pointing into line).
 * Returns -1 when the line is not a record (rec_parse then says why) or
 * memory ran out, 1 when it is one and has every field of f (always, for
 * nf 0), 0 when it lacks one.
 */
int	scan_record(const char *line, size_t len, const struct scan_field *f,
	    size_t nf, struct rec *r);

#endif
