/*
 * buf: a growable byte buffer, the one allocation a tool reuses for every
 * record it writes.
 */
#ifndef CC_BUF_H
#define CC_BUF_H

#include <stddef.h>

struct buf {
	char	*p;
	size_t	 len;
	size_t	 cap;
};

/* Each returns 0, or -1 with errno ENOMEM and the buffer unchanged. */
int	buf_grow(struct buf *, size_t more);
int	buf_add(struct buf *, const void *, size_t);
int	buf_addc(struct buf *, int);
int	buf_adds(struct buf *, const char *);
void	buf_free(struct buf *);

#define buf_reset(b)	((b)->len = 0)

#endif
