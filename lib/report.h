/*
 * report: ccstat's output of a group table in each format: an aligned
 * table, TSV, CSV, JSON, Markdown, a bar chart, Graphviz DOT of the act
 * graph, or partial count records (group_write_partial).
 */
#ifndef CC_REPORT_H
#define CC_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "group.h"

enum report_fmt {
	REPORT_TABLE, REPORT_TSV, REPORT_CSV, REPORT_JSON, REPORT_MD,
	REPORT_BAR, REPORT_DOT, REPORT_REC
};

struct report_opts {
	int		bykey;		/* sort by key, not by count */
	size_t		top;		/* show this many groups; 0 all */
	size_t		width;		/* of the terminal, for bars */
};

/* Sets *fmt from its name ("table", "tsv", ...). Returns 0 or -1. */
int	report_fmt(const char *name, enum report_fmt *fmt);

/*
 * Formats the share count/total as a percentage with one decimal,
 * rounded half up, into dst (at least 24 bytes). Returns dst.
 */
char	*report_share(char *dst, uint64_t count, uint64_t total);

/*
 * Appends the bar of value/max scaled to width columns, in Unicode block
 * elements with eighths for the fraction, to b. Returns 0 or -1.
 */
int	report_bar(struct buf *b, uint64_t value, uint64_t max, size_t width);

/*
 * Writes the groups of g in format fmt to stdout. Returns 0, or -1 on a
 * write error or when out of memory.
 */
int	report_write(struct group *, enum report_fmt,
	    const struct report_opts *);

#endif
