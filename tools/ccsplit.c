/*
 * ccsplit: raw news text in, records out: one per sentence (default),
 * per paragraph (-p) or per document (-d), with the keys of DESIGN.md
 * section 2. Records are lib/split, page structure (headline, dateline,
 * boilerplate, documents in one input, date, source) lib/page, boundaries
 * lib/sent; here are the options and the reading of the inputs.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "io.h"
#include "rec.h"
#include "split.h"

static int	strict;

static void __attribute__((noreturn))
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: ccsplit [-bdhlpqrSsV] [-L size] [file ...]\n");
	exit(status);
}

/* A failure of lib/split: out of memory ends the run, else a write error. */
static int
failed(void)
{
	if (errno == ENOMEM)
		err(CC_ERR, NULL);
	return -1;
}

static void
counts(const char *name, const struct split *s)
{
	if (split_nbad(s) > 0)
		warnx("%s: %llu invalid UTF-8 sequence%s replaced", name,
		    split_nbad(s), split_nbad(s) == 1 ? "" : "s");
	if (split_nnul(s) > 0)
		warnx("%s: %llu NUL byte%s replaced", name, split_nnul(s),
		    split_nnul(s) == 1 ? "" : "s");
}

/* Splits one raw text file. Returns CC_OK or CC_ERR; -1 on write error. */
static int
split_file(struct split *s, const char *path, size_t maxlen)
{
	struct io_in in;
	char *line;
	size_t len;
	int r, status = CC_OK;
	unsigned long long bad = 0, nnul = 0;

	if (io_open(&in, path, maxlen) == -1) {
		warn("%s", path);
		return CC_ERR;
	}
	if (split_begin(s, path) == -1)
		err(CC_ERR, NULL);
	while ((r = io_getline(&in, &line, &len)) != IO_EOF) {
		if (r == IO_ERROR) {
			warn("%s", in.name);
			status = CC_ERR;
			break;
		}
		if (r == IO_TOOLONG) {
			diag_at(in.name, in.lineno, "line longer than %zu "
			    "bytes (raise the limit with -L)", maxlen);
			status = CC_ERR;
			continue;
		}
		if (len > 0 && line[len - 1] == '\r')
			len--;
		if (split_line(s, line, len, in.offset) == -1) {
			io_close(&in);
			return failed();
		}
		if (strict && split_nbad(s) + split_nnul(s) > bad) {
			/* Nothing more of this file goes out. */
			diag_at(in.name, in.lineno, "%s",
			    split_nnul(s) > nnul ? "NUL byte" :
			    "invalid UTF-8");
			io_close(&in);
			return split_abort(s) == -1 ? failed() : CC_ERR;
		}
		bad = split_nbad(s) + split_nnul(s);
		nnul = split_nnul(s);
	}
	if (split_end(s) == -1) {
		io_close(&in);
		return failed();
	}
	if (!strict)
		counts(in.name, s);
	io_close(&in);
	return status;
}

/* -r: splits the text of each record. */
static int
split_records(struct split *s, int argc, char **argv, size_t maxlen,
    int skip_bad)
{
	struct recin ri;
	struct rec *r;
	struct buf name = { 0 };
	const char *lastname = NULL;
	unsigned long long nrec = 0;
	long ti;
	int x, status;
	char num[32];

	recin_init(&ri, argc, argv, maxlen, skip_bad);
	while ((x = recin_next(&ri, &r)) == 1) {
		/* Documents are named by the operand as given, "-" too. */
		if (ri.files[ri.next - 1] != lastname) {
			lastname = ri.files[ri.next - 1];
			nrec = 0;
		}
		nrec++;
		if ((ti = rec_find(r, "text", 0)) < 0) {
			diag_at(recin_name(&ri), recin_line(&ri),
			    "no text field");
			if (!skip_bad) {
				ri.status = CC_ERR;
				break;
			}
			ri.nbad++;
			continue;
		}
		snprintf(num, sizeof(num), "#%llu", nrec);
		buf_reset(&name);
		if (buf_adds(&name, lastname) == -1 ||
		    buf_adds(&name, num) == -1 || buf_addc(&name, '\0') == -1)
			err(CC_ERR, NULL);
		if (split_record(s, r, ti, name.p) == -1) {
			failed();
			break;
		}
	}
	status = recin_end(&ri);
	buf_free(&name);
	return x == -1 ? CC_ERR : status;
}

int
main(int argc, char *argv[])
{
	struct split s;
	const char *errstr;
	size_t maxlen = IO_MAXLEN_DEFAULT;
	int ch, i, bflag = 0, lflag = 0, mode = SPLIT_SENT, qflag = 0;
	int rflag = 0, sflag = 0, status = CC_OK, r;

	while ((ch = getopt(argc, argv, "+bdhL:lpqrSsV")) != -1) {
		switch (ch) {
		case 'b':
			bflag = 1;
			break;
		case 'd':
			mode = SPLIT_DOC;
			break;
		case 'h':
			usage(0);
		case 'L':
			maxlen = io_parse_size(optarg, &errstr);
			if (errstr != NULL)
				errx(CC_ERR, "-L %s: %s", optarg, errstr);
			break;
		case 'l':
			lflag = 1;
			break;
		case 'p':
			mode = SPLIT_PARA;
			break;
		case 'q':
			qflag = 1;
			break;
		case 'r':
			rflag = 1;
			break;
		case 'S':
			strict = 1;
			break;
		case 's':
			sflag = 1;
			break;
		case 'V':
			diag_version();
		default:
			usage(CC_ERR);
		}
	}
	argc -= optind;
	argv += optind;
	io_stdout_init(lflag);
	io_catch_signals();
	split_init(&s, mode, bflag, qflag, lflag);
	if (rflag)
		status = split_records(&s, argc, argv, maxlen, sflag);
	else if (argc == 0)
		status = split_file(&s, "-", maxlen) == CC_OK ? CC_OK : CC_ERR;
	else
		for (i = 0; i < argc; i++) {
			r = split_file(&s, argv[i], maxlen);
			if (r == -1) {
				status = CC_ERR;
				break;
			}
			if (r != CC_OK)
				status = r;
		}
	split_free(&s);
	return io_close_stdout(status);
}
