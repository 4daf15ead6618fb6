/*
 * esc: the four escapes of record values (DESIGN.md section 1):
 * backslash as \\, TAB as \t, newline as \n, carriage return as \r.
 */
#ifndef CC_ESC_H
#define CC_ESC_H

#include <stddef.h>

#include "buf.h"

/*
 * Checks the escapes of a raw value. Returns -1 when all are good, else
 * the offset of the backslash that starts a bad one (a lone backslash at
 * the end counts as bad).
 */
long	esc_check(const char *raw, size_t len);

/*
 * Decodes a checked raw value into dst, which has room for len bytes.
 * Returns the decoded length.
 */
size_t	esc_decode(char *dst, const char *raw, size_t len);

/* Appends the escaped form of len bytes of s to b. Returns 0 or -1. */
int	esc_encode(struct buf *b, const char *s, size_t len);

/* Returns whether s holds a byte that must be escaped. */
int	esc_needed(const char *s, size_t len);

#endif
