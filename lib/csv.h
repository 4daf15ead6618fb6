/*
 * csv: fields quoted as RFC 4180 asks: a field holding a comma, a double
 * quote, a carriage return or a line feed, or beginning or ending with a
 * space, is put in double quotes, with each double quote inside it
 * doubled; any other field is copied as is.
 */
#ifndef CC_CSV_H
#define CC_CSV_H

#include <stddef.h>

#include "buf.h"

/* Returns whether len bytes of s must be quoted in a CSV field. */
int	csv_needs_quotes(const char *s, size_t len);

/* Appends len bytes of s to b as one CSV field. Returns 0 or -1. */
int	csv_put_field(struct buf *b, const char *s, size_t len);

#endif
