/*
 * summary: what ccstat prints with no key: per key seen, the records that
 * carry it, its distinct values and its commonest values.
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
 * Writes the summary to stdout in fmt (table, tsv, csv, md or json) with
 * the ntop commonest values of each key. Returns 0 or -1.
 */
int	summary_write(struct summary *, enum report_fmt, size_t ntop);

#endif
