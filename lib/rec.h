/*
 * rec: the record format of DESIGN.md section 1.
 *
 * A parsed record points into its line: fields are (key, raw value)
 * slices, values still escaped, so parsing allocates nothing per field.
 * struct recin reads records from file operands the way every cc filter
 * does (unreadable files reported and skipped, bad lines stopping the run
 * or skipped and counted with -s); its line loop, recin_nextline, is the
 * one every other reader of operands (scan_next, jsonin) is built on.
 */
#ifndef CC_REC_H
#define CC_REC_H

#include <stddef.h>

#include "buf.h"
#include "io.h"

struct field {
	const char	*key;
	size_t		 klen;
	const char	*val;		/* raw: still escaped */
	size_t		 vlen;
};

struct rec {
	const char	*line;
	size_t		 len;
	struct field	*f;
	size_t		 nf, cap;
};

enum rec_errcode {
	REC_OK,
	REC_EMPTY,		/* empty line */
	REC_NUL,		/* NUL byte */
	REC_UTF8,		/* invalid UTF-8 */
	REC_CR,			/* raw carriage return */
	REC_NOEQ,		/* field without "=" */
	REC_BADKEY,		/* key not [a-z][a-z0-9_.-]* */
	REC_BADESC,		/* backslash not followed by \ t n r */
	REC_NOMEM
};

struct rec_err {
	enum rec_errcode code;
	size_t		 field;		/* from 1 */
	size_t		 off;		/* byte offset in the line */
};

/*
 * Parses and validates line. Returns 0, or -1 with *e saying what is
 * wrong. The record points into line, which must outlive it.
 */
int	rec_parse(struct rec *, const char *line, size_t len, struct rec_err *);

/* Formats the message for e about line into dst, e.g. "bad key ..." */
char	*rec_strerror(const struct rec_err *, const char *line, size_t len,
	    char *dst, size_t dstsz);

/*
 * Returns the index of the first field at or after from whose key is key,
 * or -1.
 */
long	rec_find(const struct rec *, const char *key, size_t from);

/* Returns whether field i has the key key. */
int	rec_iskey(const struct rec *, size_t i, const char *key);

/*
 * Sets *v, *n to the unescaped value of field i: the line itself when the
 * value has no escape, else tmp's contents. Returns 0 or -1 (no memory).
 */
int	rec_value(const struct rec *, size_t i, struct buf *tmp,
	    const char **v, size_t *n);

void	rec_free(struct rec *);

/*
 * Writing: fields are appended to a buffer, a TAB before each but the
 * first; rec_add escapes the value, rec_add_raw copies an escaped one.
 * Each returns 0 or -1.
 */
int	rec_add(struct buf *, const char *key, const char *val, size_t vlen);
int	rec_add_raw(struct buf *, const char *key, size_t klen,
	    const char *raw, size_t rlen);
int	rec_add_field(struct buf *, const struct field *);

/*
 * The key characters, [a-z][a-z0-9_.-]*, for every parser of records:
 * 1 for a byte that may start a key, 2 for one that may only follow,
 * 0 for the others.
 */
extern const unsigned char rec_keych[256];

/* Returns whether key matches [a-z][a-z0-9_.-]*. */
int	rec_key_valid(const char *key, size_t len);

/* Record input over the file operands of a program. */
struct recin {
	char		**files;
	int		  nfiles, next;
	struct io_in	  in;
	int		  isopen;
	size_t		  maxlen;
	int		  skip_bad;	/* -s: skip and count bad lines */
	unsigned long long nbad;
	int		  status;	/* CC_ERR once an error was reported */
	struct rec	  rec;
};

/*
 * Sets up reading the nfiles operands (none means "-"). maxlen is the
 * longest line; skip_bad is -s.
 */
void	recin_init(struct recin *, int nfiles, char **files, size_t maxlen,
	    int skip_bad);

/*
 * Returns 1 with the next good record in *r, 0 at the end of the input,
 * or -1 after reporting a bad line that stops the run. Unreadable files
 * are reported and skipped, setting status to CC_ERR.
 */
int	recin_next(struct recin *, struct rec **r);

/*
 * For a filter that can reject most lines without parsing them (added
 * for ccfilter): returns 1 with the next line in *line, *len (valid until
 * the next call), 0 at the end of the input, or -1 after reporting a
 * line too long that stops the run. Files are handled as by recin_next.
 */
int	recin_nextline(struct recin *, char **line, size_t *len);

/*
 * Parses a line from recin_nextline. Returns 1 with the record in *r, 0
 * when the line is bad and skipped (-s), or -1 after reporting it.
 */
int	recin_parse(struct recin *, const char *line, size_t len,
	    struct rec **r);

/*
 * Reports the bad line just read, msg saying what is wrong, as
 * "prog: name:line: msg" and sets status to CC_ERR, returning -1 (stop);
 * or, with -s, counts it and returns 0 (go on). For every reader built
 * on recin_nextline, and for lines a program finds bad itself.
 */
int	recin_bad(struct recin *, const char *msg);

/* The input name and line number of the last record, for messages. */
const char *recin_name(const struct recin *);
unsigned long long recin_line(const struct recin *);

/*
 * Closes the input, reports "N bad lines skipped" when there were, and
 * returns the status to exit with (CC_OK or CC_ERR).
 */
int	recin_end(struct recin *);

#endif
