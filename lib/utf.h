/*
 * utf: UTF-8 validation and repair, NFC, case folding and display width,
 * the last three through libutf8proc.
 */
#ifndef CC_UTF_H
#define CC_UTF_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/*
 * Returns 1 when s is valid UTF-8 (no overlong forms, surrogates or code
 * points past U+10FFFF), else 0 with the offset of the first bad byte in
 * *bad (when bad is not NULL).
 */
int	utf_valid(const char *s, size_t len, size_t *bad);

/*
 * Appends s to b with every maximal invalid subsequence replaced by
 * U+FFFD. Returns the number of replacements, or -1 when out of memory.
 */
long	utf_repair(struct buf *b, const char *s, size_t len);

/*
 * Decodes the code point at s (valid UTF-8, len > 0) into *cp and returns
 * its length in bytes.
 */
size_t	utf_decode(const char *s, size_t len, int32_t *cp);

/* Appends the UTF-8 encoding of cp to b. Returns 0 or -1. */
int	utf_encode(struct buf *b, int32_t cp);

/*
 * Appends the NFC form of valid UTF-8 s to b; text made only of code
 * points that NFC leaves alone is copied without calling libutf8proc.
 * Returns 0, or -1 when out of memory.
 */
int	utf_nfc(struct buf *b, const char *s, size_t len);

/* Appends the NFC case folding of valid UTF-8 s to b. Returns 0 or -1. */
int	utf_fold(struct buf *b, const char *s, size_t len);

/* Returns the terminal display width of valid UTF-8 s. */
size_t	utf_width(const char *s, size_t len);

/* Returns whether cp is white space: Unicode Zs, TAB, LF, VT, FF, CR. */
int	utf_isspace(int32_t cp);

#endif
