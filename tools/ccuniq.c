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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "dedup.h"
#include "diag.h"
#include "io.h"
#include "rec.h"

#define DEFAULT_SIZE	((size_t)64 << 20)
#define DEFAULT_THRESH	0.65
#define MAXKEYS		16

static void __attribute__((noreturn))
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: ccuniq [-elmsV] [-k key] [-L size] [-S size] "
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

/* Writes r with dup=id before its first text field (at the end when it
 * has none), unless it already carries that very field. */
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
			return -1;
		if (n == id->len && memcmp(v, id->p, n) == 0)
			done = 1;
	}
	buf_reset(out);
	for (i = 0; i < r->nf; i++) {
		if (!done && rec_iskey(r, i, "text")) {
			if (rec_add(out, "dup", id->p, id->len) == -1)
				return -1;
			done = 1;
		}
		if (rec_add_field(out, &r->f[i]) == -1)
			return -1;
	}
	if (!done && rec_add(out, "dup", id->p, id->len) == -1)
		return -1;
	if (buf_addc(out, '\n') == -1)
		return -1;
	return io_write(out->p, out->len);
}

int
main(int argc, char *argv[])
{
	struct recin in;
	struct rec *r;
	struct dedup *d;
	struct dedup_key key;
	struct buf norm = { 0 }, val = { 0 }, tmp = { 0 }, out = { 0 };
	const char *keys[MAXKEYS], *errstr;
	char *end;
	size_t maxlen = IO_MAXLEN_DEFAULT, size = DEFAULT_SIZE, nslots;
	double thresh = DEFAULT_THRESH;
	long slot;
	int ch, eflag = 0, lflag = 0, mflag = 0, sflag = 0, nkeys = 0;
	size_t before;
	int i, has, words, status = CC_OK, rc;

	while ((ch = getopt(argc, argv, "+ehk:lL:mS:st:V")) != -1) {
		switch (ch) {
		case 'e':
			eflag = 1;
			break;
		case 'h':
			usage(0);
		case 'k':
			if (!rec_key_valid(optarg, strlen(optarg)))
				errx(CC_ERR, "-k %s: bad key", optarg);
			if (nkeys == MAXKEYS)
				errx(CC_ERR, "-k %s: more than %d keys", optarg,
				    MAXKEYS);
			keys[nkeys++] = optarg;
			break;
		case 'l':
			lflag = 1;
			break;
		case 'L':
			if ((maxlen = io_parse_size(optarg, &errstr)) == 0)
				errx(CC_ERR, "-L %s: %s", optarg, errstr);
			break;
		case 'm':
			mflag = 1;
			break;
		case 'S':
			if ((size = io_parse_size(optarg, &errstr)) == 0)
				errx(CC_ERR, "-S %s: %s", optarg, errstr);
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
	if (nkeys == 0)
		keys[nkeys++] = "text";

	nslots = size / dedup_slotsize(!eflag, thresh);
	if (nslots == 0)
		errx(CC_ERR, "-S %zu: too small, one slot takes %zu bytes",
		    size, dedup_slotsize(!eflag, thresh));
	if ((d = dedup_new(nslots, !eflag, thresh)) == NULL)
		err(CC_ERR, "window of %zu slots", nslots);

	io_stdout_init(lflag);
	recin_init(&in, argc, argv, maxlen, sflag);
	while ((rc = recin_next(&in, &r)) == 1) {
		/* The compared text: the keys' normal forms, 0x1f between. */
		buf_reset(&norm);
		has = 1;
		words = 0;
		for (i = 0; i < nkeys && has; i++) {
			buf_reset(&val);
			if ((has = addvalue(&val, r, keys[i], &tmp)) == -1 ||
			    (i > 0 && buf_addc(&norm, 0x1f) == -1))
				err(CC_ERR, NULL);
			before = norm.len;
			if (has && dedup_norm(&norm, val.p, val.len) == -1)
				err(CC_ERR, NULL);
			words |= norm.len > before;
		}
		if (!has || !words) {
			/*
			 * Without the keys, or without a single word in
			 * them, there is nothing to compare: "***" is not a
			 * repeat of "---".
			 */
			if (io_write(r->line, r->len) == -1 ||
			    io_write("\n", 1) == -1)
				break;
			continue;
		}
		dedup_keyof(&key, norm.p, norm.len, !eflag);
		if ((slot = dedup_find(d, &key, NULL)) != -1) {
			if (!mflag)
				continue;
			if (writedup(&out, r, dedup_slotbuf(d, slot), &tmp)
			    == -1)
				break;
			continue;
		}
		slot = dedup_add(d, &key);
		if (mflag && makeid(dedup_slotbuf(d, slot), r, &in, &tmp) == -1)
			err(CC_ERR, NULL);
		if (io_write(r->line, r->len) == -1 || io_write("\n", 1) == -1)
			break;
	}
	if (rc == -1)
		status = CC_ERR;
	if (recin_end(&in) != CC_OK)
		status = CC_ERR;
	dedup_free(d);
	buf_free(&norm);
	buf_free(&val);
	buf_free(&tmp);
	buf_free(&out);
	return io_close_stdout(status);
}
