/*
 * csv: fields quoted as RFC 4180 says, for writers of CSV.
 */
#ifndef CC_CSV_H
#define CC_CSV_H

#include <stddef.h>

#include "buf.h"

/*
 * Appends len bytes of s to b as one CSV field: as is, or in double
 * quotes with inner quotes doubled when s holds a comma, a double quote,
 * a CR or LF, or begins or ends with a space. Returns 0 or -1.
 */
int	csv_field(struct buf *b, const char *s, size_t len);

#endif
