/*
 * scan: a fast check of a record line, for filters that reject most
 * lines and would otherwise spend their time in rec_parse.
 */
#ifndef CC_SCAN_H
#define CC_SCAN_H

#include <stddef.h>

#define SCAN_MAXFIELDS	8

/* A whole field to look for: raw bytes "key=value". */
struct scan_field {
	const char	*p;
	size_t		 len;
};

/*
 * Checks line as rec_parse would, without building fields, and looks for
 * the nf (at most SCAN_MAXFIELDS) fields f, each an exact whole field.
 * Returns -1 when the line is not a record (rec_parse then says why), 1
 * when it is one and has every field of f, 0 when it lacks one.
 */
int	scan_record(const char *line, size_t len, const struct scan_field *f,
	    size_t nf);

#endif
