/*
 * json: strings written as RFC 8259 says, for writers of JSON.
 */
#ifndef CC_JSON_H
#define CC_JSON_H

#include <stddef.h>

#include "buf.h"

/*
 * Appends len bytes of valid UTF-8 s to b as a JSON string in double
 * quotes: quote and backslash escaped, \b \f \n \r \t for those controls,
 * \u00XX for the other C0 controls and DEL, everything else as is.
 * Returns 0 or -1.
 */
int	json_string(struct buf *b, const char *s, size_t len);

#endif
