/*
 * ccuniq: drops records whose text (or other keys) repeats an earlier
 * record's exactly or nearly, keeping the first; with -m it keeps them
 * all and marks each repeat with dup=ID, the id of the record it repeats.
 *
 * The comparison and the bounded FIFO window live in lib/dedup; this file
 * reads records, builds the compared text from the -k keys and writes.
 */
#include <err.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "dedup.h"
#include "diag.h"
#include "io.h"
#include "rec.h"

#define DEFAULT_SIZE	((size_t)128 << 20)
#define DEFAULT_THRESH	0.65
#define MAXKEYS		16

/* What every record goes through: options and reused buffers. */
struct uniq {
	const char	*keys[MAXKEYS];
	int		 nkeys, near, mflag;
	struct dedup	*d;
	struct dedup_key key;
	struct buf	 norm, val, tmp, out;
	/* -d: the current document, held until its last record. */
	struct buf	 doc;		/* its doc value, raw */
	struct buf	 lines;		/* its records, each ended by \n */
	size_t		*ends;		/* end of each record in lines */
	size_t		 nrec, cap;
	uint64_t	*hash;		/* the shingles of all its texts */
	size_t		 nhash, hcap;
	struct rec	 r;
};

static void __attribute__((noreturn))
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: ccuniq [-delmsV] [-k key] [-L size] [-S size] "
	    "[-t threshold] [file ...]\n");
	exit(status);
}

/*
 * Appends the unescaped value of the first field key of r to b. Returns
 * 1, 0 when r has no such field, or -1 when out of memory.
 */
static int
addvalue(struct buf *b, const struct rec *r, const char *key,
    struct buf *tmp)
{
	const char *v;
	size_t n;
	long i;

	if ((i = rec_find(r, key, 0)) == -1)
		return 0;
	if (rec_value(r, (size_t)i, tmp, &v, &n) == -1 ||
	    buf_add(b, v, n) == -1)
		return -1;
	return 1;
}

/*
 * Sets id to the record's stable id: DOC:SENT when it has doc and sent,
 * else NAME#LINE, the input operand ("-" for stdin) and line number.
 */
static int
makeid(struct buf *id, const struct rec *r, const struct recin *in,
    struct buf *tmp)
{
	const char *name;
	char num[32];
	int a, c;

	buf_reset(id);
	if ((a = addvalue(id, r, "doc", tmp)) == -1)
		return -1;
	if (a == 1) {
		if (buf_addc(id, ':') == -1)
			return -1;
		if ((c = addvalue(id, r, "sent", tmp)) == -1)
			return -1;
		if (c == 1)
			return 0;
	}
	buf_reset(id);
	name = recin_name(in);
	if (strcmp(name, "<stdin>") == 0)
		name = "-";
	snprintf(num, sizeof(num), "#%llu", recin_line(in));
	if (buf_adds(id, name) == -1 || buf_adds(id, num) == -1)
		return -1;
	return 0;
}

/*
 * Writes r with dup=id before its first text field (at the end when it
 * has none), unless it already carries that very field. Returns 0, or -1
 * on a write error; running out of memory ends the program.
 */
static int
writedup(struct buf *out, const struct rec *r, const struct buf *id,
    struct buf *tmp)
{
	const char *v;
	size_t i, n;
	long d;
	int done = 0;

	for (d = rec_find(r, "dup", 0); d != -1;
	    d = rec_find(r, "dup", (size_t)d + 1)) {
		if (rec_value(r, (size_t)d, tmp, &v, &n) == -1)
			err(CC_ERR, NULL);
		if (n == id->len && memcmp(v, id->p, n) == 0)
			done = 1;
	}
	buf_reset(out);
	for (i = 0; i < r->nf; i++) {
		if (!done && rec_iskey(r, i, "text")) {
			if (rec_add(out, "dup", id->p, id->len) == -1)
				err(CC_ERR, NULL);
			done = 1;
		}
		if (rec_add_field(out, &r->f[i]) == -1)
			err(CC_ERR, NULL);
	}
	if ((!done && rec_add(out, "dup", id->p, id->len) == -1) ||
	    buf_addc(out, '\n') == -1)
		err(CC_ERR, NULL);
	return io_write(out->p, out->len);
}

/*
 * Builds u->norm, the compared text of r: the normal forms of the -k keys
 * with a 0x1f word between. Returns 1, or 0 when r lacks a key or has no word
 * in them: "***" is not a repeat of "---".
 */
static int
comparable(struct uniq *u, const struct rec *r)
{
	size_t before;
	int i, has, words = 0;

	buf_reset(&u->norm);
	for (i = 0; i < u->nkeys; i++) {
		buf_reset(&u->val);
		if ((has = addvalue(&u->val, r, u->keys[i], &u->tmp)) == -1)
			err(CC_ERR, NULL);
		if (!has)
			return 0;
		/* The 0x1f between keys is a word of its own. */
		if (i > 0 && ((u->norm.len > 0 && buf_addc(&u->norm, ' ')
		    == -1) || buf_adds(&u->norm, "\x1f ") == -1))
			err(CC_ERR, NULL);
		before = u->norm.len;
		if (dedup_norm(&u->norm, u->val.p, u->val.len) == -1)
			err(CC_ERR, NULL);
		if (u->norm.len > before)
			words = 1;
		else if (i > 0)
			u->norm.len--;		/* no trailing space */
	}
	return words;
}

static int
writeline(const char *line, size_t len)
{
	if (io_write(line, len) == -1 || io_write("\n", 1) == -1)
		return -1;
	return 0;
}

/* Sentence mode: one record. Returns 0, or -1 on a write error. */
static int
uniq_record(struct uniq *u, const struct rec *r, const struct recin *in)
{
	long slot;

	if (!comparable(u, r))
		return writeline(r->line, r->len);
	dedup_keyof(&u->key, u->norm.p, u->norm.len, u->near);
	if ((slot = dedup_find(u->d, &u->key, NULL)) != -1) {
		if (!u->mflag)
			return 0;
		return writedup(&u->out, r, dedup_slotbuf(u->d, slot), &u->tmp);
	}
	slot = dedup_add(u->d, &u->key);
	if (u->mflag && makeid(dedup_slotbuf(u->d, slot), r, in, &u->tmp)
	    == -1)
		err(CC_ERR, NULL);
	return writeline(r->line, r->len);
}

/*
 * Document mode: ends the document held, writing its records unless its
 * word bigrams (over all its texts) repeat an earlier document's.
 * Returns 0 or -1.
 */
static int
doc_flush(struct uniq *u)
{
	struct rec_err e;
	const struct buf *id;
	size_t i, start;
	long slot = -1;

	if (u->nrec == 0)
		return 0;
	id = NULL;
	if (u->nhash > 0) {
		dedup_keyofset(&u->key, u->hash, u->nhash, u->near);
		if ((slot = dedup_find(u->d, &u->key, NULL)) != -1)
			id = dedup_slotbuf(u->d, slot);
		else {
			slot = dedup_add(u->d, &u->key);
			buf_reset(dedup_slotbuf(u->d, slot));
			if (buf_add(dedup_slotbuf(u->d, slot), u->doc.p,
			    u->doc.len) == -1)
				err(CC_ERR, NULL);
		}
	}
	for (i = 0, start = 0; i < u->nrec; start = u->ends[i++]) {
		const char *line = u->lines.p + start;
		size_t len = u->ends[i] - start - 1;

		if (id == NULL) {
			if (writeline(line, len) == -1)
				return -1;
		} else if (u->mflag) {
			/* Parsed before: it cannot fail but for memory. */
			if (rec_parse(&u->r, line, len, &e) == -1)
				err(CC_ERR, NULL);
			if (writedup(&u->out, &u->r, id, &u->tmp) == -1)
				return -1;
		}
	}
	u->nrec = u->nhash = 0;
	buf_reset(&u->lines);
	return 0;
}

/*
 * Document mode: adds r to the document held, ending that first when r
 * starts another. Records without doc pass on their own.
 */
static int
doc_record(struct uniq *u, const struct rec *r)
{
	const char *v;
	size_t n;
	long i;

	if ((i = rec_find(r, "doc", 0)) == -1) {
		if (doc_flush(u) == -1)
			return -1;
		return writeline(r->line, r->len);
	}
	if (rec_value(r, (size_t)i, &u->tmp, &v, &n) == -1)
		err(CC_ERR, NULL);
	if (u->nrec > 0 && (n != u->doc.len || memcmp(v, u->doc.p, n) != 0))
		if (doc_flush(u) == -1)
			return -1;
	if (u->nrec == 0) {
		buf_reset(&u->doc);
		if (buf_add(&u->doc, v, n) == -1)
			err(CC_ERR, NULL);
	}
	if (u->nrec == u->cap) {
		u->cap = u->cap ? 2 * u->cap : 64;
		if ((u->ends = reallocarray(u->ends, u->cap,
		    sizeof(*u->ends))) == NULL)
			err(CC_ERR, NULL);
	}
	if (buf_add(&u->lines, r->line, r->len) == -1 ||
	    buf_addc(&u->lines, '\n') == -1)
		err(CC_ERR, NULL);
	u->ends[u->nrec++] = u->lines.len;
	if (comparable(u, r)) {
		while (u->hcap - u->nhash < u->norm.len + 2) {
			u->hcap = u->hcap ? 2 * u->hcap : 1024;
			if ((u->hash = reallocarray(u->hash, u->hcap,
			    sizeof(*u->hash))) == NULL)
				err(CC_ERR, NULL);
		}
		u->nhash += dedup_shingles(u->norm.p, u->norm.len,
		    u->hash + u->nhash);
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	struct uniq u;
	struct recin in;
	struct rec *r;
	const char *errstr, *sarg = "128M";
	char *end;
	size_t maxlen = IO_MAXLEN_DEFAULT, size = DEFAULT_SIZE, nslots;
	double thresh = DEFAULT_THRESH;
	int ch, dflag = 0, eflag = 0, lflag = 0, sflag = 0;
	int status = CC_OK, rc;

	memset(&u, 0, sizeof(u));
	while ((ch = getopt(argc, argv, "+dehk:lL:mS:st:V")) != -1) {
		switch (ch) {
		case 'd':
			dflag = 1;
			break;
		case 'e':
			eflag = 1;
			break;
		case 'h':
			usage(0);
		case 'k':
			if (!rec_key_valid(optarg, strlen(optarg)))
				errx(CC_ERR, "-k %s: bad key", optarg);
			if (u.nkeys == MAXKEYS)
				errx(CC_ERR, "-k %s: more than %d keys", optarg,
				    MAXKEYS);
			u.keys[u.nkeys++] = optarg;
			break;
		case 'l':
			lflag = 1;
			break;
		case 'L':
			if ((maxlen = io_parse_size(optarg, &errstr)) == 0)
				errx(CC_ERR, "-L %s: %s", optarg, errstr);
			break;
		case 'm':
			u.mflag = 1;
			break;
		case 'S':
			if ((size = io_parse_size(optarg, &errstr)) == 0)
				errx(CC_ERR, "-S %s: %s", optarg, errstr);
			sarg = optarg;
			break;
		case 's':
			sflag = 1;
			break;
		case 't':
			errno = 0;
			thresh = strtod(optarg, &end);
			if (end == optarg || *end != '\0' || errno != 0 ||
			    !(thresh > 0 && thresh <= 1))
				errx(CC_ERR, "-t %s: not a number in (0, 1]",
				    optarg);
			break;
		case 'V':
			diag_version();
		default:
			usage(CC_ERR);
		}
	}
	argc -= optind;
	argv += optind;
	if (u.nkeys == 0)
		u.keys[u.nkeys++] = "text";
	u.near = !eflag;

	nslots = size / dedup_slotsize(u.near, thresh);
	if (nslots == 0)
		errx(CC_ERR, "-S %s: too small, one text takes %zu bytes",
		    sarg, dedup_slotsize(u.near, thresh));
	if ((u.d = dedup_new(nslots, u.near, thresh)) == NULL)
		err(CC_ERR, "window of %zu slots", nslots);

	io_stdout_init(lflag);
	io_catch_signals();
	recin_init(&in, argc, argv, maxlen, sflag);
	while ((rc = recin_next(&in, &r)) == 1) {
		if (dflag) {
			if (doc_record(&u, r) == -1)
				break;
		} else if (uniq_record(&u, r, &in) == -1)
			break;
	}
	/* A document cut short by a bad line is still written. */
	if (dflag && rc != 1)
		(void)doc_flush(&u);
	if (rc == -1)
		status = CC_ERR;
	if (recin_end(&in) != CC_OK)
		status = CC_ERR;
	dedup_free(u.d);
	buf_free(&u.norm);
	buf_free(&u.val);
	buf_free(&u.tmp);
	buf_free(&u.out);
	buf_free(&u.doc);
	buf_free(&u.lines);
	free(u.ends);
	free(u.hash);
	rec_free(&u.r);
	return io_close_stdout(status);
}
