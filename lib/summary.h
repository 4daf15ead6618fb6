/*
 * summary: what ccstat prints with no key: per key seen, the records that
 * carry it, its distinct values and its commonest values. Every figure
 * is a sum of per-record counts, so partial summaries merge exactly.
 */
#ifndef CC_SUMMARY_H
#define CC_SUMMARY_H

#include <stddef.h>
#include <stdint.h>

#include "count.h"
#include "rec.h"
#include "report.h"

struct summary {
	struct count	 keys;		/* key: records carrying it */
	struct count	 vals;		/* key NUL raw value: records */
	uint64_t	 records;
	struct buf	 tmp;
};

/*
 * The key whose values are not tracked: each record's text is its own,
 * so counting them would take memory in proportion to the input.
 */
#define SUMMARY_UNTRACKED	"text"

void	summary_init(struct summary *);
void	summary_free(struct summary *);

/* Counts record r. Returns 0 or -1 (no memory). */
int	summary_record(struct summary *, const struct rec *);

/*
 * Writes the summary to stdout in fmt (table, tsv, csv, md, json, or rec
 * for partial counts) with the ntop commonest values of each key.
 * Returns 0 or -1.
 */
int	summary_write(struct summary *, enum report_fmt, size_t ntop);

/* Returns whether r is a partial count of a summary. */
int	summary_is_partial(const struct rec *);

/*
 * Adds a partial count of a summary. Returns 0, -1 when out of memory,
 * or -2 with a message in err (size errsz) when r is not a good one.
 */
int	summary_merge(struct summary *, const struct rec *, char *err,
	    size_t errsz);

#endif
