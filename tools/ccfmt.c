/*
 * ccfmt: records to JSON Lines, TSV, CSV or a text view for people, and
 * JSON Lines (as scrapers write them) back to records.
 *
 * Every input line becomes one record, either parsed (recin) or
 * converted from a JSON object (jsonin, lib/json), and every record is
 * written into one reused buffer by a writer from lib: json, csv, view.
 */
#include <sys/ioctl.h>

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "csv.h"
#include "diag.h"
#include "io.h"
#include "json.h"
#include "rec.h"
#include "utf.h"
#include "view.h"

enum fmt { F_REC, F_JSON, F_TSV, F_CSV, F_TEXT };

static const char *const fmtname[] = { "rec", "json", "tsv", "csv", "text" };

static enum fmt	  ofmt;
static int	  aflag;		/* -a: every JSON value an array */
static char	**cols;			/* -c */
static size_t	  ncols;
static const char *sep = ";";		/* -d */
static size_t	  width;		/* -w */
static struct buf out, tmp, val;

static void __attribute__((noreturn))
usage(int status)
{
	fprintf(status ? stderr : stdout, "usage: %s [-ahlsV] [-c key,...] "
	    "[-d sep] [-i format] [-L size] [-o format] [-w width]\n"
	    "             [file ...]\n", getprogname());
	exit(status);
}

static int
parse_fmt(const char *s, int output)
{
	int i;

	for (i = 0; i <= F_TEXT; i++)
		if (strcmp(s, fmtname[i]) == 0) {
			if (!output && i > F_JSON)
				break;
			return i;
		}
	errx(CC_ERR, "-%c %s: unknown format", output ? 'o' : 'i', s);
}

/* Splits the -c list into keys, each checked before any input is read. */
static void
parse_cols(char *s)
{
	char *k;

	while ((k = strsep(&s, ",")) != NULL) {
		if (!rec_key_valid(k, strlen(k)))
			errx(CC_ERR, "-c: bad key \"%s\"", k);
		if ((cols = reallocarray(cols, ncols + 1, sizeof(*cols)))
		    == NULL)
			err(CC_ERR, NULL);
		cols[ncols++] = k;
	}
}

/* The terminal's width when stdout is one, else $COLUMNS, else 80. */
static size_t
default_width(void)
{
	struct winsize ws;
	const char *s, *errstr;
	size_t n;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0
	    && ws.ws_col > 0)
		return ws.ws_col;
	if ((s = getenv("COLUMNS")) != NULL) {
		n = (size_t)strtonum(s, 1, 10000, &errstr);
		if (errstr == NULL)
			return n;
	}
	return 80;
}

/*
 * Appends the values of key in r to b, joined by sep: raw (escaped, as in
 * records) for TSV, decoded for CSV. Returns 0 or -1.
 */
static int
join(struct buf *b, const struct rec *r, const char *key, int raw)
{
	const char *v;
	size_t n;
	long i;
	int first = 1;

	for (i = rec_find(r, key, 0); i != -1;
	    i = rec_find(r, key, (size_t)i + 1)) {
		if (!first && buf_adds(b, sep) == -1)
			return -1;
		first = 0;
		if (raw)
			v = r->f[i].val, n = r->f[i].vlen;
		else if (rec_value(r, (size_t)i, &val, &v, &n) == -1)
			return -1;
		if (buf_add(b, v, n) == -1)
			return -1;
	}
	return 0;
}

/* Appends record r to b in the output format. Returns 0 or -1. */
static int
put(struct buf *b, const struct rec *r)
{
	size_t i;

	switch (ofmt) {
	case F_REC:
		if (buf_add(b, r->line, r->len) == -1)
			return -1;
		break;
	case F_JSON:
		if (json_put_rec(b, r, aflag) == -1)
			return -1;
		break;
	case F_TSV:
		for (i = 0; i < ncols; i++)
			if ((i > 0 && buf_addc(b, '\t') == -1) ||
			    join(b, r, cols[i], 1) == -1)
				return -1;
		break;
	case F_CSV:
		for (i = 0; i < ncols; i++) {
			buf_reset(&tmp);
			if ((i > 0 && buf_addc(b, ',') == -1) ||
			    join(&tmp, r, cols[i], 0) == -1 ||
			    csv_put_field(b, tmp.p, tmp.len) == -1)
				return -1;
		}
		return buf_add(b, "\r\n", 2);
	case F_TEXT:
		return view_rec(b, r, width, sep, &tmp);
	}
	return buf_addc(b, '\n');
}

/* Writes the TSV or CSV header line. Returns 0 or -1. */
static int
header(void)
{
	size_t i;

	buf_reset(&out);
	for (i = 0; i < ncols; i++)
		if ((i > 0 && buf_addc(&out, ofmt == F_CSV ? ',' : '\t') == -1)
		    || csv_put_field(&out, cols[i], strlen(cols[i])) == -1)
			return -1;
	if (buf_adds(&out, ofmt == F_CSV ? "\r\n" : "\n") == -1)
		return -1;
	return io_write(out.p, out.len);
}

/* Formats one record. Returns 0, or -1 when the output failed. */
static int
emit(const struct rec *r)
{
	buf_reset(&out);
	if (put(&out, r) == -1)
		err(CC_ERR, NULL);
	return io_write(out.p, out.len);
}

static int
from_records(int argc, char **argv, size_t maxlen, int skip_bad)
{
	struct recin ri;
	struct rec *r;

	recin_init(&ri, argc, argv, maxlen, skip_bad);
	while (recin_next(&ri, &r) == 1)
		if (emit(r) == -1)
			break;
	return recin_end(&ri);
}

static int
from_json(int argc, char **argv, size_t maxlen, int skip_bad)
{
	struct jsonin ji;
	struct rec *r;

	jsonin_init(&ji, argc, argv, maxlen, skip_bad);
	while (jsonin_next(&ji, &r) == 1)
		if (emit(r) == -1)
			break;
	return jsonin_end(&ji);
}

int
main(int argc, char *argv[])
{
	const char *errstr;
	size_t maxlen = IO_MAXLEN_DEFAULT;
	int ch, ifmt = F_REC, lflag = 0, skip_bad = 0, oset = 0, wset = 0;
	int status;

	while ((ch = getopt(argc, argv, "+ac:d:hi:L:lo:sVw:")) != -1) {
		switch (ch) {
		case 'a':
			aflag = 1;
			break;
		case 'c':
			parse_cols(optarg);
			break;
		case 'd':
			sep = optarg;
			if (*sep == '\0' || strpbrk(sep, "\t\n\r\\") != NULL ||
			    !utf_valid(sep, strlen(sep), NULL))
				errx(CC_ERR, "-d: the separator must be "
				    "UTF-8 text without TAB, CR, LF or "
				    "backslash");
			break;
		case 'h':
			usage(CC_OK);
		case 'i':
			ifmt = parse_fmt(optarg, 0);
			break;
		case 'L':
			maxlen = diag_size_arg(ch, optarg);
			break;
		case 'l':
			lflag = 1;
			break;
		case 'o':
			ofmt = parse_fmt(optarg, 1);
			oset = 1;
			break;
		case 's':
			skip_bad = 1;
			break;
		case 'V':
			diag_version();
		case 'w':
			width = (size_t)strtonum(optarg, 0, 100000, &errstr);
			if (errstr != NULL)
				errx(CC_ERR, "-w %s: %s", optarg, errstr);
			wset = 1;
			break;
		default:
			usage(CC_ERR);
		}
	}
	argc -= optind;
	argv += optind;
	if (!oset)
		ofmt = ifmt == F_JSON ? F_REC : F_JSON;
	if ((ofmt == F_TSV || ofmt == F_CSV) && ncols == 0)
		errx(CC_ERR, "-o %s needs the columns: -c key,...",
		    fmtname[ofmt]);
	if (ncols > 0 && ofmt != F_TSV && ofmt != F_CSV)
		errx(CC_ERR, "-c applies to -o tsv and -o csv only");
	if (!wset && ofmt == F_TEXT)
		width = default_width();

	io_stdout_init(lflag);
	io_catch_signals();
	if ((ofmt == F_TSV || ofmt == F_CSV) && header() == -1)
		return io_close_stdout(CC_ERR);
	if (ifmt == F_JSON)
		status = from_json(argc, argv, maxlen, skip_bad);
	else
		status = from_records(argc, argv, maxlen, skip_bad);
	free(cols);
	buf_free(&out);
	buf_free(&tmp);
	buf_free(&val);
	return io_close_stdout(status);
}
