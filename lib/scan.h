/*
 * scan: a fast check of a record line, for filters that reject most
 * lines and would otherwise spend their time in rec_parse.
 */
#ifndef CC_SCAN_H
#define CC_SCAN_H

#include <stddef.h>

/*
 * Checks line as rec_parse would, without building fields, and looks for
 * a field whose raw bytes are exactly field (flen bytes, "key=value").
 * Returns -1 when the line is not a record (rec_parse then says why), 1
 * when it is one and has the field, 0 when it is one without it.
 */
int	scan_record(const char *line, size_t len, const char *field,
	    size_t flen);

#endif
