/*
 * count: counting groups by their key bytes, and distinct (group, value)
 * pairs, in memory that grows with the number of distinct groups and
 * pairs, never with the input.
 *
 * Keys are copied once into an arena (one growable block) and found
 * again through an open-addressing table of XXH3 hashes, so counting a
 * group that was seen before allocates nothing.
 */
#ifndef CC_COUNT_H
#define CC_COUNT_H

#include <stddef.h>
#include <stdint.h>

struct count_ent {
	uint64_t	 hash;
	uint64_t	 n;		/* the count */
	uint64_t	 mark;		/* free for the caller */
	size_t		 off;		/* of the key in the arena */
	uint32_t	 len;
};

struct count {
	struct count_ent *ent;		/* in order of first sight */
	size_t		  nent, entcap;
	uint32_t	 *slot;		/* index + 1 into ent, 0 empty */
	size_t		  nslot;	/* a power of two */
	char		 *arena;
	size_t		  alen, acap;
};

/* A set of pairs of 32-bit ids, e.g. (group, document). */
struct pairset {
	uint64_t	*slot;		/* pair + 1, 0 empty */
	size_t		 nslot, n;
};

void	count_init(struct count *);
void	count_free(struct count *);

/*
 * Finds the group with the len bytes at key, adding it with count 0 when
 * new. Returns its id (index into ent, in order of first sight), or -1
 * when out of memory (or past 2^32 - 2 groups).
 */
long	count_intern(struct count *, const char *key, size_t len);

/* Adds n to the group key. Returns its id or -1 as count_intern. */
long	count_add(struct count *, const char *key, size_t len, uint64_t n);

/* The key bytes of group id, valid until the next count_intern. */
const char *count_key(const struct count *, size_t id, size_t *len);

/*
 * Returns a malloc'd array of the nent group ids, sorted by descending
 * count and then by key (bykey 0) or by key alone (bykey 1); keys compare
 * bytewise, a shorter key before a longer one it begins. NULL when out of
 * memory.
 */
size_t	*count_sort(const struct count *, int bykey);

/*
 * Parses a count as partial counts write it (group, summary): decimal
 * digits, no sign, no leading zero, at most 2^64 - 1. Returns 0 or -1.
 */
int	count_parse(const char *s, size_t len, uint64_t *n);

void	pairset_init(struct pairset *);
void	pairset_free(struct pairset *);

/* Adds (a, b). Returns 1 when new, 0 when already there, -1 no memory. */
int	pairset_add(struct pairset *, uint32_t a, uint32_t b);

#endif
