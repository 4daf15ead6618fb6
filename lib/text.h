/*
 * text: raw web text to clean paragraph text, with a map back to the raw
 * bytes.
 *
 * Lines are appended to one growing buffer: invalid UTF-8 and NUL bytes
 * become U+FFFD (counted), runs of white space (ASCII, NBSP and the other
 * Unicode spaces, CR) fold to one space, a byte order mark is dropped.
 * The map records where clean bytes stop following raw bytes one to one,
 * so the raw offset of any clean byte can be found (ccsplit's off key).
 */
#ifndef CC_TEXT_H
#define CC_TEXT_H

#include <stddef.h>

#include "buf.h"

struct text_map {
	size_t			 cpos;	/* clean byte offset in the buffer */
	unsigned long long	 rpos;	/* its raw offset */
};

struct text {
	struct buf		 b;
	struct text_map		*map;
	size_t			 nmap, capmap;
	int			 space;		/* a space is owed */
	int			 bol;		/* at a paragraph start */
	unsigned long long	 space_rpos;
	unsigned long long	 nbad;		/* invalid sequences replaced */
	unsigned long long	 nnul;		/* NUL bytes replaced */
};

/*
 * Appends the clean form of raw[0..len), whose first byte is at raw
 * offset roff. Leading white space is dropped when the buffer is empty or
 * ends a paragraph (after text_break); trailing white space is owed.
 * Returns 0 or -1 (no memory).
 */
int	text_add(struct text *, const char *raw, size_t len,
	    unsigned long long roff);

/* Owes a space before the next text (a line joined to the one before). */
void	text_space(struct text *, unsigned long long rpos);

/* Forgets an owed space: the next text starts a new paragraph. */
void	text_break(struct text *);

/*
 * Returns the raw offset of clean byte cpos, looking at map entries
 * [m0, m1) of the paragraph that holds it.
 */
unsigned long long text_rawoff(const struct text *, size_t cpos, size_t m0,
	    size_t m1);

/* Drops the first cpos bytes and nmap map entries, rebasing the rest. */
void	text_shift(struct text *, size_t cpos, size_t nmap);

void	text_free(struct text *);

#endif
