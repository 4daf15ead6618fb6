/*
 * view: records as people read them: "doc sent: text" filled to a
 * terminal width, the other fields indented under it (the values of a
 * repeated key joined by a separator), then an empty line.
 */
#ifndef CC_VIEW_H
#define CC_VIEW_H

#include <stddef.h>

#include "buf.h"
#include "rec.h"

/*
 * Appends the view of r to b, wrapped to width display columns (0 never
 * wraps), repeated values joined by sep; tmp is scratch space. Returns
 * 0 or -1 (no memory).
 */
int	view_rec(struct buf *b, const struct rec *r, size_t width,
	    const char *sep, struct buf *tmp);

#endif
