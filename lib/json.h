/*
 * json: records as JSON Lines objects and back.
 *
 * Writing is done by hand, straight from the raw (escaped) values: the
 * four record escapes \\ \t \n \r mean the same in JSON, so a value is
 * copied with only '"' and control bytes escaped, and numbers stay
 * strings. Reading goes through jansson and flattens an object into one
 * record: nested objects give dotted keys, arrays give repeated keys, and
 * the "text" fields go last, as DESIGN.md wants; a key=value pair is
 * written once however often the JSON repeats it.
 */
#ifndef CC_JSON_H
#define CC_JSON_H

#include <stddef.h>

#include "buf.h"
#include "rec.h"

/*
 * Appends len bytes of valid UTF-8 s to b as a JSON string, quotes
 * included, non-ASCII left as UTF-8. Returns 0 or -1.
 */
int	json_put_string(struct buf *b, const char *s, size_t len);

/*
 * Appends the raw (still escaped, checked) record value raw to b as the
 * JSON string of its unescaped value. Returns 0 or -1.
 */
int	json_put_raw(struct buf *b, const char *raw, size_t rlen);

/*
 * Appends record r to b as one JSON object, without a newline. Keys keep
 * the order of their first field; a key with several fields gets an array
 * of its values in order, and so does every key when arrays is set.
 * Returns 0 or -1.
 */
int	json_put_rec(struct buf *b, const struct rec *r, int arrays);

/* Scratch space for json_to_rec, reused from line to line. */
struct json_conv {
	struct buf	key;		/* the dotted key being built */
	struct buf	text;		/* the text fields, written last */
	size_t		*fo;		/* offsets of the fields written, */
	size_t		 nfo, fcap;	/* to leave out repeated ones */
	char		msg[512];	/* what was wrong with the last line */
};

/*
 * Converts the JSON Lines line (len bytes) to a record in out (reset
 * first, no newline). Returns 0, or -1 with c->msg saying what is wrong
 * (errno ENOMEM when out of memory).
 */
int	json_to_rec(struct json_conv *c, struct buf *out, const char *line,
	    size_t len);

void	json_conv_free(struct json_conv *c);

/*
 * JSON Lines input over the file operands of a program, read by struct
 * recin's line loop: unreadable files reported and skipped, a bad line
 * stopping the run or, with -s, skipped and counted. ri.rec holds the
 * record made of the last line.
 */
struct jsonin {
	struct recin	  ri;
	struct json_conv  conv;
	struct buf	  line;		/* the record made of the last line */
};

/* As recin_init. */
void	jsonin_init(struct jsonin *, int nfiles, char **files, size_t maxlen,
	    int skip_bad);

/*
 * Returns 1 with the record made of the next good line in *r, 0 at the
 * end of the input, or -1 after reporting a bad line that stops the run.
 */
int	jsonin_next(struct jsonin *, struct rec **r);

/* As recin_end: closes, reports skipped lines, returns the status. */
int	jsonin_end(struct jsonin *);

/*
 * Appends the record key for one JSON key (one level of nesting) to b:
 * ASCII letters lower-cased, every other character outside [a-z0-9_.-]
 * (a space, a non-ASCII letter) replaced by "_", and "x" put in front
 * when the result would not start with a letter. Returns 0 or -1.
 */
int	json_key_map(struct buf *b, const char *key, size_t len);

/*
 * Formats d in dst (size dstsz) as the shortest decimal that reads back
 * as d, in plain notation unless the exponent is below -6 or above 20,
 * as JavaScript prints numbers.
 */
void	json_format_real(char *dst, size_t dstsz, double d);

#endif
