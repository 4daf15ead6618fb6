/*
 * wrap: filling words into lines no wider than a terminal, measured in
 * display columns (utf_width), so CJK text and combining marks wrap where
 * they look as if they should.
 */
#ifndef CC_WRAP_H
#define CC_WRAP_H

#include <stddef.h>

#include "buf.h"

struct wrap {
	struct buf	*b;		/* where the lines go */
	size_t		 width;		/* 0: never wrap */
	size_t		 indent;	/* of the lines a wrap starts */
	size_t		 col;		/* display column at the end of b */
	int		 empty;		/* no word on the current line yet */
};

/*
 * Starts a line in b, after ind spaces; lines the words overflow into get
 * indent spaces. Returns 0 or -1.
 */
int	wrap_start(struct wrap *, struct buf *b, size_t width, size_t ind,
	    size_t indent);

/*
 * Adds the word s (valid UTF-8 with no control bytes), after sep unless
 * it is the first on its line; a word wider than the room left starts a
 * new line, and one wider than a whole line is left to overflow it.
 * Returns 0 or -1.
 */
int	wrap_word(struct wrap *, const char *s, size_t len, const char *sep);

/*
 * Adds the words of s, separated by runs of spaces; a line may also break
 * at a wide (CJK) character. Returns 0 or -1.
 */
int	wrap_words(struct wrap *, const char *s, size_t len);

/* Ends the current line with a newline. Returns 0 or -1. */
int	wrap_end(struct wrap *);

#endif
