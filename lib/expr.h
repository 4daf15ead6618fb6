/*
 * expr: the ccfilter expression language of DESIGN.md section 4.
 *
 * An expression is compiled once from command-line words into a tree
 * (every error, regexes included, is found before any input is read) and
 * then evaluated against each parsed record. Regexes are PCRE2 in UTF
 * mode with JIT, run under match, depth and heap limits so that no
 * pattern or record can hang the program: a limit hit is an error, never
 * a silent non-match.
 */
#ifndef CC_EXPR_H
#define CC_EXPR_H

#include <stddef.h>
#include <stdint.h>

#include "rec.h"
#include "scan.h"

/* Nesting of "(" and "not" deeper than this is refused, not recursed. */
#define EXPR_MAXDEPTH		256

#define EXPR_MATCH_LIMIT	10000000	/* PCRE2's own default */
#define EXPR_HEAP_LIMIT		((size_t)64 << 20)

struct expr_limits {
	uint32_t	match;		/* match and depth limit, -M */
	size_t		heap;		/* bytes of backtracking memory, -H */
};

struct expr;

/*
 * Compiles the nwords words into an expression. Returns it, or NULL with
 * a message naming the offending word in err (size errsz), such as
 * "unbalanced \"(\" (word 1)". lim may be NULL for the defaults.
 */
struct expr	*expr_compile(int nwords, char **words,
		    const struct expr_limits *lim, char *err, size_t errsz);

/*
 * Returns 1 when r satisfies e, 0 when not, or -1 when a regex hit a
 * limit or memory ran out; expr_error then says what happened.
 */
int		 expr_match(struct expr *e, const struct rec *r);

/* The message of the last failed expr_match, without name or line. */
const char	*expr_error(const struct expr *e);

/*
 * Sets *f, *n to fields (raw "key=value") that every record satisfying e
 * has, from the "=" tests the whole expression needs, so that
 * scan_parse can reject a line without them unparsed. Returns 1 when
 * having them all is also enough (e is such a test, or an "and" of only
 * such tests), 0 when it is not, -1 when there are none.
 */
int		 expr_needles(const struct expr *e, const struct scan_field **f,
		    size_t *n);

void		 expr_free(struct expr *e);

#endif
