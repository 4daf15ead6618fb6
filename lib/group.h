/*
 * group: what ccstat counts. A record adds one to each group it belongs
 * to: the cross product of the values of the grouped keys (each value of
 * a repeated key counts once per record), or, counting distinct values
 * (-d, -u), the (group, value) pairs it carries. Partial counts written
 * as records (group_write_partial) are read back by group_merge, so that
 * counts made apart add up to exactly the counts of one run.
 *
 * Values are kept raw, still escaped as in the record: grouping compares
 * bytes and never needs to unescape.
 */
#ifndef CC_GROUP_H
#define CC_GROUP_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "count.h"
#include "rec.h"

#define GROUP_MAXKEYS	16

struct group {
	size_t		 nkeys;
	char		*key[GROUP_MAXKEYS];	/* the grouped keys */
	size_t		 klen[GROUP_MAXKEYS];
	char		*of;		/* count distinct values of it, or NULL */
	size_t		 oflen;
	int		 absent;	/* -a: a missing key is a group too */
	struct count	 groups;
	struct count	 vals;		/* the distinct values seen in pairs */
	struct pairset	 pairs;		/* (group id, value id) */
	uint64_t	 records;	/* records that counted */
	/* Scratch, reused for every record. */
	size_t		*pos;		/* field indexes per key */
	size_t		 poscap;
	struct buf	 gkey;
	struct buf	 hdr;		/* partials: the leading fields */
	int		 merging;	/* set up from the first partial */
};

/*
 * The encoding of a group's key in the count table: per grouped key,
 * "\1" raw-value "\0" when present, "\0" when absent. Values hold no NUL,
 * so bytewise order is the order of the value tuples, an absent value
 * first.
 */
#define GROUP_ABSENT	'\0'
#define GROUP_PRESENT	'\1'

/*
 * Sets up counting keys (nkeys of them, at most GROUP_MAXKEYS), distinct
 * values of the key of (NULL for records), absent groups when absent is
 * set. The strings must outlive g.
 */
void	group_init(struct group *, size_t nkeys, char **keys, char *of,
	    int absent);
void	group_free(struct group *);

/* Counts record r. Returns 0, or -1 when out of memory. */
int	group_record(struct group *, const struct rec *);

/*
 * Adds a partial count record (see man ccstat, "Partial counts").
 * Returns 0, -1 when out of memory, or -2 with a message in err (size
 * errsz) when r is not a good partial of the same counting.
 */
int	group_merge(struct group *, const struct rec *, char *err,
	    size_t errsz);

/* The total the shares are of: records counted, or distinct values. */
uint64_t group_total(const struct group *);

/*
 * Splits the key of group id into its values: for each grouped key i,
 * val[i] and len[i] (raw, escaped), val[i] NULL when absent.
 */
void	group_values(const struct group *, size_t id, const char **val,
	    size_t *len);

/*
 * Writes the partial count records of the whole table to stdout, sorted
 * so that equal counts give equal bytes. Returns 0, or -1 on a write
 * error or when out of memory.
 */
int	group_write_partial(struct group *);

#endif
