/*
 * dedup: exact and near-duplicate detection over a bounded window of
 * earlier texts, for ccuniq.
 *
 * A text is normalised (NFC, case folded, every run of characters that
 * are not letters, marks or digits folded to one space), then reduced to
 * a key: a 128-bit XXH3 hash of the normalised text for exact matches and
 * a MinHash signature of DEDUP_NPERM 32-bit minima over its word bigrams
 * for near matches. Keys live in a ring of slots; when the ring is full
 * the oldest key is evicted (FIFO). Near matches are found by LSH
 * banding: a text is a candidate when one band of its signature equals
 * the same band of an earlier one, and it is a near duplicate when the
 * share of equal minima (an estimate of the Jaccard similarity of the two
 * bigram sets) reaches the threshold.
 */
#ifndef CC_DEDUP_H
#define CC_DEDUP_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define DEDUP_NPERM	64

struct dedup_key {
	uint64_t	 hlo, hhi;		/* XXH3 128 of the normal form */
	uint32_t	 sig[DEDUP_NPERM];	/* MinHash minima */
	size_t		 nshingle;		/* 0: no words at all */
};

struct dedup;

/*
 * Appends the normal form of valid UTF-8 s to b: case folded NFC words
 * (runs of letters, marks and digits) separated by one space. Returns 0,
 * or -1 when out of memory.
 */
int	dedup_norm(struct buf *b, const char *s, size_t len);

/*
 * Fills k from a normal form made by dedup_norm: the exact hash, and the
 * MinHash signature when near is set (else nshingle is 0).
 */
void	dedup_keyof(struct dedup_key *k, const char *norm, size_t len,
	    int near);

/*
 * Stores the hashes of the shingles of a normal form in out, which has
 * room for len + 2 of them, and returns their number.
 */
size_t	dedup_shingles(const char *norm, size_t len, uint64_t *out);

/*
 * Fills k for a set of n 64-bit hashes (the shingles of a document): the
 * exact hash of the set, and when near is set its MinHash signature, so
 * that similarity estimates the Jaccard similarity of two sets. Sorts h
 * and removes repeats in place.
 */
void	dedup_keyofset(struct dedup_key *k, uint64_t *h, size_t n, int near);

/* Returns the share of equal minima of two keys, between 0 and 1. */
double	dedup_similarity(const struct dedup_key *, const struct dedup_key *);

/*
 * Returns the most bytes one slot takes, tables included, for a window
 * made by dedup_new with the same near and threshold, so that a memory
 * budget can be turned into a window size.
 */
size_t	dedup_slotsize(int near, double threshold);

/*
 * Creates a window of nslots keys (at least 1). near is whether near
 * duplicates are looked for; threshold, in (0, 1], is the least
 * similarity of a near duplicate. Returns NULL when out of memory.
 */
struct dedup *dedup_new(size_t nslots, int near, double threshold);
void	dedup_free(struct dedup *);

/* Returns the number of rows per LSH band chosen for the threshold. */
int	dedup_rows(const struct dedup *);

/*
 * Looks k up. Returns the slot of the earlier key it duplicates (an
 * exact match first, else the most similar near match, the oldest among
 * equals), or -1. *sim (when not NULL) gets the similarity, 1 for exact.
 */
long	dedup_find(struct dedup *, const struct dedup_key *k, double *sim);

/*
 * Stores k in the next slot, evicting the oldest key when the window is
 * full, and returns the slot.
 */
long	dedup_add(struct dedup *, const struct dedup_key *k);

/*
 * Returns the buffer attached to slot, for the caller's id of the text
 * stored there; it is reused when the slot is, so no allocation happens
 * once the window has gone round.
 */
struct buf *dedup_slotbuf(struct dedup *, long slot);

#endif
